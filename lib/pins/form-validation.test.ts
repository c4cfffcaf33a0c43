import { describe, expect, it } from "vitest";
import { errorText, translateIn } from "@/lib/i18n/translate";
import { emptyForm, type PinFormValues } from "./form";
import { validatePinForm } from "./form-validation";

const now = new Date("2026-12-01T12:00:00Z");
const english = { t: translateIn("en", "time"), locale: "en" as const };
const german = { t: translateIn("de", "time"), locale: "de" as const };
const form = (values: Partial<PinFormValues>): PinFormValues => ({ ...emptyForm(), name: "Cleaner", code: "354879", ...values });

describe("validatePinForm", () => {
  it("answers with the schema's keys, which read the same as the API's answer", () => {
    const errors = validatePinForm(form({ code: "102345", dailyFrom: "25:00", dailyUntil: "26:00" }), [], "Europe/Berlin", english, now);
    expect(errors).toEqual({ code: "validation.codeDigits", dailyFrom: "validation.dailyFromFormat", dailyUntil: "validation.dailyUntilFormat" });
    expect(errorText("en", errors.code!)).toBe("Code may only use the digits 1–9");
    expect(errorText("de", errors.dailyFrom!)).toBe("„Täglich ab“ muss eine Uhrzeit sein, etwa 08:00");
  });

  it("refuses a code another PIN on the lock has", () => {
    expect(validatePinForm(form({}), ["354879"], "Europe/Berlin", english, now)).toEqual({ code: "validation.codeUsed" });
  });

  it("reads the times as the 24-hour fields do on leaving them", () => {
    expect(validatePinForm(form({ dailyFrom: "930", dailyUntil: "18" }), [], "Europe/Berlin", english, now)).toEqual({});
    expect(validatePinForm(form({ validFrom: "2027-01-08T9:30", validUntil: "2027-01-10T1100" }), [], "Europe/Berlin", english, now)).toEqual({});
    expect(validatePinForm(form({ validFrom: "2027-01-08T" }), [], "Europe/Berlin", english, now)).toEqual({ validFrom: "validation.validFromFormat" });
  });

  it("names a time the clocks skip, in the host's language", () => {
    expect(validatePinForm(form({ validFrom: "2027-03-28T02:30" }), [], "Europe/Berlin", english, now)).toEqual({
      validFrom: "2027-03-28 02:30 does not exist in Europe/Berlin: the clocks jump forward. Use 2027-03-28 03:00 instead.",
    });
    expect(validatePinForm(form({ validFrom: "2027-03-28T02:30" }), [], "Europe/Berlin", german, now)).toEqual({
      validFrom: "28. März 2027, 02:30 gibt es in Europe/Berlin nicht: Die Uhren springen vor. Nehmen Sie stattdessen 28. März 2027, 03:00.",
    });
  });
});
