/** The reasons next-auth sends a user back to the sign-in page with; each has its own sentence. */
const REASONS = ["SessionExpired", "AccessDenied", "OAuthCallback", "OAuthSignin", "Callback", "SessionRequired"] as const;
export type SignInReason = (typeof REASONS)[number] | "other";

/** The key of what the sign-in page says for `error` (messages: auth.reason), or null for none. */
export function signInReason(error: string | undefined): SignInReason | null {
  if (!error) return null;
  return (REASONS as readonly string[]).includes(error) ? (error as SignInReason) : "other";
}

/** Only same-site paths are followed after sign-in, so the page cannot be used to redirect elsewhere. */
export function safeCallbackUrl(raw: string | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  return raw;
}
