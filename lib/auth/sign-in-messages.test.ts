import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInReason } from "./sign-in-messages";

describe("signInReason", () => {
  it("explains an expired session and a cancelled consent", () => {
    expect(signInReason("SessionExpired")).toBe("SessionExpired");
    expect(signInReason("AccessDenied")).toBe("AccessDenied");
  });
  it("has a fallback for unknown errors and nothing when there is none", () => {
    expect(signInReason("Weird")).toBe("other");
    expect(signInReason(undefined)).toBeNull();
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/locks/1", "/locks/1"],
    [undefined, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
  ])("%s → %s", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });
});
