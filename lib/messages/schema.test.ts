import { describe, expect, it } from "vitest";
import { sendMessageSchema } from "./schema";

const issue = (body: unknown) => {
  const parsed = sendMessageSchema.safeParse(body);
  return parsed.success ? null : { field: parsed.error.issues[0]?.path.join("."), message: parsed.error.issues[0]?.message };
};

describe("sendMessageSchema", () => {
  it("takes an address, trimmed, and an optional confirmation", () => {
    expect(sendMessageSchema.parse({ to: "  anna@example.com " })).toEqual({ to: "anna@example.com" });
    expect(sendMessageSchema.parse({ to: "anna@example.com", confirmNotReady: true })).toEqual({ to: "anna@example.com", confirmNotReady: true });
  });

  it.each([
    [{}, /Enter the guest's e-mail address/],
    [{ to: "" }, /Enter the guest's e-mail address/],
    [{ to: "   " }, /Enter the guest's e-mail address/],
    [{ to: "anna" }, /valid e-mail address/],
    [{ to: "anna@example.com\r\nBcc: x@example.com" }, /valid e-mail address/],
    [{ to: "a, b@example.com" }, /valid e-mail address/],
    [{ to: `${"a".repeat(250)}@example.com` }, /too long/],
    [{ to: 42 }, /Enter the guest's e-mail address/],
  ])("refuses %j on the field `to`", (body, message) => {
    expect(issue(body)).toEqual({ field: "to", message: expect.stringMatching(message) });
  });

  it("refuses a confirmation that is not a boolean", () => {
    expect(issue({ to: "anna@example.com", confirmNotReady: "yes" })).toMatchObject({ field: "confirmNotReady" });
  });
});
