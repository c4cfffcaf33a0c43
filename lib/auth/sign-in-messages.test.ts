import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInMessage } from "./sign-in-messages";

describe("signInMessage", () => {
  it("explains an expired session and a cancelled consent", () => {
    expect(signInMessage("SessionExpired")).toMatch(/expired/);
    expect(signInMessage("AccessDenied")).toMatch(/cancelled/);
  });
  it("has a fallback for unknown errors and nothing when there is none", () => {
    expect(signInMessage("Weird")).toMatch(/did not work/);
    expect(signInMessage(undefined)).toBeNull();
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
