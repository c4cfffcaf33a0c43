import "server-only";
import { ApiError } from "./errors";

function tooLarge(limit: number) {
  return new ApiError("payload_too_large", "bodyTooLarge", undefined, undefined, { kb: String(limit / 1024) });
}

/**
 * The exact bytes of the body, read up to `limit`. Bytes rather than text because a signature
 * covers the bytes as sent: decoding and re-encoding could change them (a BOM, invalid UTF-8).
 * Reading stops at the cap so an oversized body is never buffered whole.
 */
export async function readRawBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
