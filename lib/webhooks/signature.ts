import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

const SIGNATURE_PATTERN = /^[0-9a-f]{64}$/i;

function bytesOf(rawBody: Uint8Array | string): Uint8Array {
  return typeof rawBody === "string" ? new TextEncoder().encode(rawBody) : rawBody;
}

function digest(body: Uint8Array, secret: string): Buffer {
  return createHmac("sha256", secret).update(body).digest();
}

/** The value Nuki puts in `X-Nuki-Signature-SHA256`: lowercase hex HMAC-SHA256 of the raw body. */
export function signBody(rawBody: Uint8Array | string, secret: string): string {
  return digest(bytesOf(rawBody), secret).toString("hex");
}

/**
 * True when `header` is the signature of `rawBody` under `secret`, or under any of `secrets`
 * (after a webhook is re-registered, deliveries signed with the old secret may still arrive).
 */
export function verifySignature(
  rawBody: Uint8Array | string,
  header: string | null,
  secret: string | readonly string[],
): boolean {
  if (!header || !SIGNATURE_PATTERN.test(header)) return false;
  const given = Buffer.from(header, "hex");
  const body = bytesOf(rawBody);
  let matched = false;
  for (const candidate of typeof secret === "string" ? [secret] : secret) {
    // An empty key is one anybody can sign with, so it never counts as configured.
    if (candidate.length === 0) continue;
    // No early exit: the time taken must not reveal which secret, if any, matched.
    if (timingSafeEqual(digest(body, candidate), given)) matched = true;
  }
  return matched;
}
