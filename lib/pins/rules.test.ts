import { describe, expect, it } from "vitest";
import { errorText } from "@/lib/i18n/translate";
import { OPEN_GUEST_PIN } from "@/test/pin-fixtures";
import { generatePinCode, isGuessableCode, isValidKeypadCode } from "./generate-code";
import { findCodeConflict, pinCreateSchema, pinPatchSchema, validatePinState } from "./schema";

/** The first issue, its message (a `validation.…` key) as the API answers it in English. */
function firstIssue(input: unknown) {
  const result = pinCreateSchema.safeParse(input);
  return result.success ? null : { field: result.error.issues[0]?.path.join("."), message: errorText("en", result.error.issues[0]?.message ?? "") };
}

describe("pinCreateSchema", () => {
  it("accepts a name alone and a full PIN", () => {
    expect(pinCreateSchema.parse({ name: "  Anna " })).toEqual({ name: "Anna" });
    expect(pinCreateSchema.parse({ ...OPEN_GUEST_PIN, validFrom: "2026-12-04T15:00", validUntil: "2026-12-06T11:00" })).toMatchObject({ code: "354879" });
  });

  it.each([
    [{ name: "" }, "name", "Name must be 1–20 characters"],
    [{ name: "x".repeat(21) }, "name", "Name must be 1–20 characters"],
    [{ name: 5 }, "name", "Name must be text"],
    [{ name: "a", code: "12345" }, "code", "Code must be exactly 6 digits"],
    [{ name: "a", code: "1234567" }, "code", "Code must be exactly 6 digits"],
    [{ name: "a", code: "102345" }, "code", "Code may only use the digits 1–9"],
    [{ name: "a", code: "123456" }, "code", "Code must not start with 12"],
    [{ name: "a", code: 354879 }, "code", "Code must be exactly 6 digits"],
    [{ name: "a", validFrom: "2026-12-04 15:00" }, "validFrom", "Valid from must be a date and time like 2026-12-01T15:00"],
    [{ name: "a", validFrom: "2026-12-04T15:00", validUntil: "2026-12-04T15:00" }, "validUntil", "Valid until must be after valid from"],
    [{ name: "a", weekdays: [] }, "weekdays", "Choose at least one day"],
    [{ name: "a", weekdays: ["mon", "mon"] }, "weekdays", "Choose each day at most once"],
    [{ name: "a", weekdays: ["funday"] }, "weekdays.0", "Days must be mon, tue, wed, thu, fri, sat or sun"],
    [{ name: "a", dailyFrom: "08:00" }, "dailyUntil", "Set both daily from and daily until, or neither"],
    [{ name: "a", dailyFrom: "18:00", dailyUntil: "08:00" }, "dailyUntil", "Daily until must be after daily from"],
    [{ name: "a", dailyFrom: "25:00", dailyUntil: "26:00" }, "dailyFrom", "Daily from must be a time like 08:00"],
    [{ name: "a", admin: true }, "", "Unknown field: admin"],
  ])("%j → %s: %s", (input, field, message) => {
    expect(firstIssue(input)).toEqual({ field, message });
  });

  it("names its messages by key, which the API and the forms say in German too", () => {
    const issue = pinCreateSchema.safeParse({ name: "a", code: "102345" });
    expect(issue.error?.issues[0]?.message).toBe("validation.codeDigits");
    expect(errorText("de", "validation.codeDigits")).toBe("Der Code darf nur die Ziffern 1–9 enthalten");
    expect(errorText("de", "validation.validUntilAfter")).toBe("„Gültig bis“ muss nach „Gültig ab“ liegen");
  });
});

describe("pinPatchSchema and validatePinState", () => {
  it("lets a patch clear optional fields with null and checks the merged state", () => {
    expect(pinPatchSchema.parse({ validUntil: null })).toEqual({ validUntil: null });
    expect(validatePinState({ ...OPEN_GUEST_PIN, validFrom: "2026-12-05T10:00", validUntil: "2026-12-04T10:00" })).toEqual([
      { field: "validUntil", message: "validation.validUntilAfter" },
    ]);
    expect(validatePinState(OPEN_GUEST_PIN)).toEqual([]);
  });
});

describe("findCodeConflict", () => {
  it("finds another PIN with the code, not the one being edited", () => {
    const pins = [{ id: "a", code: "354879" }];
    expect(findCodeConflict("354879", pins)).toEqual(pins[0]);
    expect(findCodeConflict("354879", pins, "a")).toBeUndefined();
  });
});

describe("codes", () => {
  it.each(["111111", "234567", "987654", "456789", "131313", "147147", "112211"])("%s is guessable", (code) => {
    expect(isGuessableCode(code)).toBe(true);
  });
  it.each(["354879", "918273", "582931"])("%s is not guessable", (code) => {
    expect(isGuessableCode(code)).toBe(false);
  });

  it("generates only valid, unguessable, free codes", () => {
    const taken = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const code = generatePinCode(taken);
      expect(isValidKeypadCode(code) && !isGuessableCode(code)).toBe(true);
      expect(taken.has(code)).toBe(false);
      taken.add(code);
    }
  });

  it("skips what the random source proposes when it is taken, guessable or starts with 12", () => {
    const sequence = [..."111111", ..."123459", ..."354879", ..."918273"].map((d) => Number(d) - 1);
    let i = 0;
    const random = () => sequence[i++ % sequence.length]!;
    expect(generatePinCode(["354879"], random)).toBe("918273");
  });

  it("says clearly when no code is left", () => {
    expect(() => generatePinCode([], () => 0)).toThrow(/Could not find a free keypad code/);
  });
});
