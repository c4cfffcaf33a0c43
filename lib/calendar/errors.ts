/** Why a feed could not be read, in words a host can act on. Never holds the feed's contents. */
export class FeedError extends Error {
  readonly name = "FeedError";
  constructor(
    readonly kind: "refused" | "unreachable" | "timeout" | "too_large" | "http" | "malformed",
    message: string,
  ) {
    super(message);
  }
}
