import { describe, expect, it } from "vitest";
import { seal, unseal } from "./seal";

describe("seal", () => {
  it("round-trips, never shows the plaintext, and differs each time", () => {
    const a = seal("access-token-123", "secret");
    expect(a).not.toContain("access-token-123");
    expect(a).not.toBe(seal("access-token-123", "secret"));
    expect(unseal(a, "secret")).toBe("access-token-123");
  });

  it("refuses another secret and any change to the sealed text", () => {
    const sealed = seal("refresh", "secret");
    expect(() => unseal(sealed, "other")).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => unseal(parts.join("."), "secret")).toThrow();
    expect(() => unseal("plain", "secret")).toThrow();
  });
});
