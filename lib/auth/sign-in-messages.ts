/** What the sign-in page says for each reason a user lands there. */
const MESSAGES: Record<string, string> = {
  SessionExpired: "Your Nuki sign-in has expired. Please sign in again to continue.",
  AccessDenied: "Nuki sign-in was cancelled. Keyhost needs your permission to manage keypad PINs.",
  OAuthCallback: "Nuki could not confirm the sign-in. Please try again.",
  OAuthSignin: "Keyhost could not reach Nuki to start signing in. Please try again shortly.",
  Callback: "Something went wrong finishing the sign-in. Please try again.",
  SessionRequired: "Please sign in to continue.",
};

export function signInMessage(error: string | undefined): string | null {
  if (!error) return null;
  return MESSAGES[error] ?? "Sign-in did not work. Please try again.";
}

/** Only same-site paths are followed after sign-in, so the page cannot be used to redirect elsewhere. */
export function safeCallbackUrl(raw: string | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  return raw;
}
