import "server-only";
/** Ids and secrets, from the Web Crypto API so the core runs anywhere `Request` does. */

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A 24-hex id shaped like the MongoDB ObjectIds Nuki uses: 4 bytes of seconds since the epoch,
 * then 8 random bytes.
 */
export function objectId(nowMs: number): string {
  const seconds = Math.max(0, Math.floor(nowMs / 1000)) >>> 0;
  return seconds.toString(16).padStart(8, "0") + hex(randomBytes(8));
}

/** An opaque, unguessable token (256 bits, base64url). */
export function randomToken(): string {
  return btoa(String.fromCharCode(...randomBytes(32)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** A small deterministic generator for seed data, so demo logs look the same on every reset. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

/** A 24-hex id for seed data: the timestamp prefix plus deterministic bytes. */
export function seededObjectId(nowMs: number, random: () => number): string {
  const seconds = Math.max(0, Math.floor(nowMs / 1000)) >>> 0;
  const tail = Array.from({ length: 8 }, () => Math.floor(random() * 256));
  return seconds.toString(16).padStart(8, "0") + hex(Uint8Array.from(tail));
}
