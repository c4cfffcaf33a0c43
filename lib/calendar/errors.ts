import { translateIn } from "@/lib/i18n/translate";
import { storedMessage, type StoredValues } from "@/lib/i18n/stored-text";

/**
 * Why a feed could not be read, in words a host can act on. Never holds the feed's contents.
 * `key` names the sentence in messages/<language>/calendar.json (a full key, "calendar.feedError.…");
 * `stored` is what the feed keeps, so each host reads it in their language; `message` is the English, for logs.
 */
export class FeedError extends Error {
  readonly name = "FeedError";
  constructor(
    readonly kind: "refused" | "unreachable" | "timeout" | "too_large" | "http" | "malformed",
    readonly key: `calendar.${string}`,
    readonly values?: StoredValues,
  ) {
    super(translateIn("en", "calendar")(key.slice("calendar.".length), values));
  }

  /** The sentence as a feed stores it. */
  get stored(): string {
    return storedMessage(this.key, this.values);
  }
}
