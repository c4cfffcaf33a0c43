import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEmailAddress } from "./email-check";
import { sendMessageSchema } from "./schema";

const server = (to: string) => {
  const parsed = sendMessageSchema.safeParse({ to });
  return parsed.success ? { ok: true, to: parsed.data.to } : { ok: false, message: parsed.error.issues[0]?.message };
};

describe("the message form's address check in the browser", () => {
  it("says what the server's schema says", () => {
    const cases = ["", "  ", "anna@example.com", " anna@example.com ", "anna@example", "anna.@example.com", ".anna@example.com", "a..b@example.com", "anna+x@mail.example.co.uk", "anna@-x.com", "ä@example.com", `${"a".repeat(250)}@x.de`, "a@b.c", "a b@example.com"];
    for (const to of cases) expect(checkEmailAddress(to)).toEqual(server(to));
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 }), fc.tuple(fc.string({ maxLength: 8 }), fc.domain()).map(([a, d]) => `${a}@${d}`)), (to) => {
        expect(checkEmailAddress(to)).toEqual(server(to));
      }),
      { numRuns: 3000 },
    );
  });
});
