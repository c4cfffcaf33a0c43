import "server-only";
import { createHash } from "node:crypto";
import { processSingleton } from "@/lib/process/singleton";

/**
 * Parsed and validated answers of big reads, addressed by their bytes.
 *
 * An account's listing of keypad codes is about 400 bytes a code: 20 MB at 50,000 codes. Parsing
 * and validating it costs several times what receiving it does, and most reads return exactly the
 * bytes the read before returned. An answer is kept under its request line and the SHA-256 of its
 * body, so a value is only ever reused for the very same bytes of the very same read: it cannot be
 * stale and cannot cross accounts (another account's bytes differ). Values are frozen, because
 * every reader of those bytes gets the same object.
 */

/** Below this size parsing is cheaper than keeping the result. */
export const MIN_KEPT_BYTES = 64 * 1024;
/** The bodies' total size the kept answers stand for: one 50,000-code listing and the small ones. */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;
/** An answer nobody asked for in this long is dropped, so an idle server gives its memory back. */
const IDLE_MS = 10 * 60_000;

interface Kept {
  value: unknown;
  bytes: number;
  usedAt: number;
}

export interface Body {
  /** The bytes in one buffer, joined on first use: a body found among the kept answers never is. */
  bytes(): Buffer;
  size: number;
  /** SHA-256 of the bytes, computed while they arrived. */
  digest: string;
}

/** Reads a response's body, hashing each chunk as it arrives rather than the whole body after. */
export async function readBody(response: Response): Promise<Body> {
  const hash = createHash("sha256");
  let chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    hash.update(next.value);
    chunks.push(next.value);
    size += next.value.byteLength;
  }
  let joined: Buffer | undefined;
  const bytes = () => {
    joined ??= Buffer.concat(chunks, size);
    chunks = [];
    return joined;
  };
  return { bytes, size, digest: hash.digest("base64url") };
}

export class ParsedAnswers {
  private readonly kept = new Map<string, Kept>();
  private total = 0;

  constructor(
    private readonly maxBytes = MAX_KEPT_BYTES,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value kept for this read's bytes, or `parse(bytes)` frozen and kept when the body is big. */
  resolve<T>(request: string, body: Body, parse: (bytes: Buffer) => T): T {
    const key = `${request} ${body.digest}`;
    const now = this.now();
    this.prune(now);
    const hit = this.kept.get(key);
    if (hit) {
      hit.usedAt = now;
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit.value as T;
    }
    const value = parse(body.bytes());
    if (body.size < MIN_KEPT_BYTES || body.size > this.maxBytes) return value;
    if (typeof value === "object" && value !== null) deepFreeze(value);
    this.kept.set(key, { value, bytes: body.size, usedAt: now });
    this.total += body.size;
    this.prune(now);
    return value;
  }

  /** Oldest first (a Map keeps insertion order and a hit moves to the end). */
  private prune(now: number) {
    for (const [key, kept] of this.kept) {
      if (this.total <= this.maxBytes && now - kept.usedAt < IDLE_MS) break;
      this.kept.delete(key);
      this.total -= kept.bytes;
    }
  }

  get size(): number {
    return this.kept.size;
  }
}

/** Plain loops: `Object.values` per object doubled the cost over 50,000 codes. */
function deepFreeze(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const inner of value as unknown[]) if (typeof inner === "object" && inner !== null) deepFreeze(inner);
    return;
  }
  for (const key in value) {
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner === "object" && inner !== null) deepFreeze(inner);
  }
}

export const parsedAnswers = () => processSingleton("nuki-parsed-answers", () => new ParsedAnswers());
