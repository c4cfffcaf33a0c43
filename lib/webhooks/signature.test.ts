import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signBody, verifySignature } from "./signature";

const SECRET = "s3cret-from-registration";
const BODY = '{"feature":"DEVICE_STATUS","smartlockId":17,"serverState":0}';

describe("signBody", () => {
  it("is Node's HMAC-SHA256 of the body in lowercase hex", () => {
    const expected = createHmac("sha256", SECRET).update(BODY).digest("hex");
    expect(signBody(BODY, SECRET)).toBe(expected);
    expect(signBody(BODY, SECRET)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("signs strings and their UTF-8 bytes alike", () => {
    const text = '{"name":"Grüße 🔑"}';
    expect(signBody(new TextEncoder().encode(text), SECRET)).toBe(signBody(text, SECRET));
  });
});

describe("verifySignature", () => {
  const good = signBody(BODY, SECRET);

  it("accepts the signature of the exact body", () => {
    expect(verifySignature(BODY, good, SECRET)).toBe(true);
    expect(verifySignature(new TextEncoder().encode(BODY), good, SECRET)).toBe(true);
  });

  it("accepts upper-case hex", () => {
    expect(verifySignature(BODY, good.toUpperCase(), SECRET)).toBe(true);
  });

  it("rejects a tampered body", () => {
    expect(verifySignature(BODY.replace("17", "18"), good, SECRET)).toBe(false);
    expect(verifySignature(`${BODY} `, good, SECRET)).toBe(false);
  });

  it("covers the bytes, not just the text: a leading BOM changes the signature", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(BODY)]);
    expect(verifySignature(withBom, good, SECRET)).toBe(false);
    expect(verifySignature(withBom, signBody(withBom, SECRET), SECRET)).toBe(true);
  });

  it("rejects a signature made with another secret", () => {
    expect(verifySignature(BODY, signBody(BODY, "other"), SECRET)).toBe(false);
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["truncated", good.slice(0, 63)],
    ["too long", `${good}00`],
    ["non-hex", `${good.slice(0, 63)}g`],
    ["base64 of the right digest", Buffer.from(good, "hex").toString("base64")],
    ["prefixed", `sha256=${good}`],
    ["padded with spaces", ` ${good} `],
  ])("rejects a %s header", (_label, header) => {
    expect(verifySignature(BODY, header, SECRET)).toBe(false);
  });

  it("never accepts an empty secret, even with a matching signature", () => {
    expect(verifySignature(BODY, signBody(BODY, ""), "")).toBe(false);
    expect(verifySignature(BODY, signBody(BODY, ""), ["", SECRET])).toBe(false);
  });

  describe("with several secrets (after re-registration)", () => {
    const secrets = ["new-secret", "old-secret"];

    it("accepts a body signed with any of them", () => {
      expect(verifySignature(BODY, signBody(BODY, "new-secret"), secrets)).toBe(true);
      expect(verifySignature(BODY, signBody(BODY, "old-secret"), secrets)).toBe(true);
    });

    it("rejects a body signed with none of them", () => {
      expect(verifySignature(BODY, signBody(BODY, "retired-secret"), secrets)).toBe(false);
    });

    it("rejects everything when the list is empty", () => {
      expect(verifySignature(BODY, good, [])).toBe(false);
    });
  });
});
