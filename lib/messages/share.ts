/** The parts of `navigator` the message panel uses, so the logic runs (and is tested) without a browser. */
export interface ShareNavigator {
  share?: (data: { title?: string; text?: string }) => Promise<void>;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** Web Share exists on most phones and a few desktops; the button is shown only where it does. */
export function canShare(nav: ShareNavigator | undefined): boolean {
  return typeof nav?.share === "function";
}

/** An error is named by its key in guestMessages (`share.unavailable`, `share.failed`), for the button to say. */
export type ShareOutcome = "shared" | "cancelled" | { error: "unavailable" | "failed" };

export async function shareMessage(nav: ShareNavigator, message: { subject: string; text: string }): Promise<ShareOutcome> {
  if (!nav.share) return { error: "unavailable" };
  try {
    await nav.share({ title: message.subject, text: message.text });
    return "shared";
  } catch (error) {
    // Closing the share sheet is a choice, not a failure.
    if (error instanceof Error && error.name === "AbortError") return "cancelled";
    return { error: "failed" };
  }
}

/** True when the text is on the clipboard; false when the caller should fall back to selecting it. */
export async function copyToClipboard(nav: ShareNavigator | undefined, text: string): Promise<boolean> {
  if (!nav?.clipboard) return false;
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
