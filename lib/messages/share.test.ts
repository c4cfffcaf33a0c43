import { describe, expect, it } from "vitest";
import { canShare, copyToClipboard, shareMessage, type ShareNavigator } from "./share";

const message = { subject: "Your door code", text: "Code 583926" };
const failing = (name: string) => async () => {
  throw Object.assign(new Error(name), { name });
};

describe("canShare", () => {
  it("is true exactly when navigator.share is a function", () => {
    expect(canShare(undefined)).toBe(false);
    expect(canShare({})).toBe(false);
    expect(canShare({ share: "yes" } as unknown as ShareNavigator)).toBe(false);
    expect(canShare({ share: async () => {} })).toBe(true);
  });
});

describe("shareMessage", () => {
  it("hands the subject as title and the message as text to the share sheet", async () => {
    const shared: unknown[] = [];
    expect(await shareMessage({ share: async (data) => void shared.push(data) }, message)).toBe("shared");
    expect(shared).toEqual([{ title: "Your door code", text: "Code 583926" }]);
  });

  it("treats a closed share sheet as cancelled and anything else as an error", async () => {
    expect(await shareMessage({ share: failing("AbortError") }, message)).toBe("cancelled");
    expect(await shareMessage({ share: failing("NotAllowedError") }, message)).toEqual({ error: "failed" });
    expect(await shareMessage({}, message)).toEqual({ error: "unavailable" });
  });
});

describe("copyToClipboard", () => {
  it("writes the text, or says to fall back when the clipboard is missing or refuses", async () => {
    const written: string[] = [];
    expect(await copyToClipboard({ clipboard: { writeText: async (t) => void written.push(t) } }, "Code 583926")).toBe(true);
    expect(written).toEqual(["Code 583926"]);
    expect(await copyToClipboard(undefined, "x")).toBe(false);
    expect(await copyToClipboard({}, "x")).toBe(false);
    expect(await copyToClipboard({ clipboard: { writeText: failing("NotAllowedError") } }, "x")).toBe(false);
  });
});
