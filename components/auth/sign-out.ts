import { leavingToSignOut } from "@/lib/api/client";

/**
 * next-auth's own sign-out, as `signOut` from next-auth/react sends it: its CSRF token, then a form
 * POST to `/api/auth/signout`. Written out here because next-auth/react (with its bundled helpers)
 * would otherwise be in every dashboard page's first load for this one button.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  leavingToSignOut(true);
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
    });
    const { url } = (await response.json()) as { url?: string };
    window.location.href = url ?? callbackUrl;
  } catch (error) {
    leavingToSignOut(false);
    throw error;
  }
}
