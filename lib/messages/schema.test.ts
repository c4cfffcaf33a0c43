import { describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/errors";
import { parseMessageQuery, sendMessageSchema, stayLanguageSchema } from "./schema";

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
    [{}, /^validation\.email\.required$/],
    [{ to: "" }, /^validation\.email\.required$/],
    [{ to: "   " }, /^validation\.email\.required$/],
    [{ to: "anna" }, /^validation\.email\.invalid$/],
    [{ to: "anna@example.com\r\nBcc: x@example.com" }, /^validation\.email\.invalid$/],
    [{ to: "a, b@example.com" }, /^validation\.email\.invalid$/],
    [{ to: `${"a".repeat(250)}@example.com` }, /^validation\.email\.tooLong$/],
    [{ to: 42 }, /^validation\.email\.required$/],
  ])("refuses %j on the field `to`", (body, message) => {
    expect(issue(body)).toEqual({ field: "to", message: expect.stringMatching(message) });
  });

  it("refuses a confirmation that is not a boolean", () => {
    expect(issue({ to: "anna@example.com", confirmNotReady: "yes" })).toMatchObject({ field: "confirmNotReady" });
  });

  it("takes an optional message language, en or de, and refuses any other on the field `language`", () => {
    expect(sendMessageSchema.parse({ to: "anna@example.com", language: "de" })).toEqual({ to: "anna@example.com", language: "de" });
    for (const language of ["it", "DE", "", 1, null]) expect(issue({ to: "anna@example.com", language })).toEqual({ field: "language", message: "validation.messageLanguage" });
  });
});

describe("the message query and the stay's language", () => {
  it("reads ?language=, an empty one as none, and refuses another language on `language`", () => {
    expect(parseMessageQuery(new URLSearchParams("language=de"))).toEqual({ language: "de" });
    expect(parseMessageQuery(new URLSearchParams(""))).toEqual({});
    expect(parseMessageQuery(new URLSearchParams("language="))).toEqual({});
    expect(() => parseMessageQuery(new URLSearchParams("language=it"))).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ["language"] })] }));
  });

  it("answers a bad ?language= with 422 invalid_input naming the field, in the host's language", async () => {
    let thrown: unknown;
    try {
      parseMessageQuery(new URLSearchParams("language=it"));
    } catch (error) {
      thrown = error;
    }
    const response = errorResponse(thrown, "en");
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: "invalid_input", field: "language", message: "The message language must be one of: en, de." } });
    const german = (await errorResponse(thrown, "de").json()) as { error: { message: string } };
    expect(german.error.message).not.toBe("The message language must be one of: en, de.");
  });

  it("takes exactly one language to remember on the stay", () => {
    expect(stayLanguageSchema.parse({ language: "en" })).toEqual({ language: "en" });
    expect(stayLanguageSchema.safeParse({}).success).toBe(false);
    expect(stayLanguageSchema.safeParse({ language: "de", extra: 1 }).success).toBe(false);
  });
});
