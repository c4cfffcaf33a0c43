/** What a write says when the device has no connection: nothing left it, so nothing changed. */
export const OFFLINE_WRITE_MESSAGE = "You're offline — nothing was changed; try again when you have signal.";

/** What any request says when the connection dropped on the way; a write may or may not have arrived. */
export const NETWORK_FAILURE_MESSAGE = "Keyhost could not be reached. Check your signal; if you were saving, reload to see whether it was saved.";

/** True only when the browser knows it has no connection (always false on the server). */
export function isOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/** Reads are answered from what the page already holds; only writes need the network to mean anything. */
export function isWrite(method: string | undefined): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes((method ?? "GET").toUpperCase());
}
