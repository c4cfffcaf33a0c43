import { randomBytes } from "node:crypto";

/** Nuki's auth ids and operation ids are 24-hex Mongo ObjectIds. */
export function objectId(): string {
  return randomBytes(12).toString("hex");
}

export function opaqueToken(): string {
  return randomBytes(32).toString("base64url");
}
