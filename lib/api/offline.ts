/** True only when the browser knows it has no connection (always false on the server). */
export function isOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/** Reads are answered from what the page already holds; only writes need the network to mean anything. */
export function isWrite(method: string | undefined): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes((method ?? "GET").toUpperCase());
}
