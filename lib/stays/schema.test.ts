import { describe, expect, it } from "vitest";
import { errorText } from "@/lib/i18n/translate";
import { isCalendarDate, stayCreateSchema, stayPatchSchema, validateStayDates } from "./schema";

const valid = { guestName: "Anna", arrival: "2027-01-08", departure: "2027-01-10", propertyId: "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11" };
const firstIssue = (input: unknown) => {
  const result = stayCreateSchema.safeParse(input);
  // The message is a `validation.…` key; the API answers it in English by default.
  return result.success ? null : { field: result.error.issues[0]?.path.join("."), message: errorText("en", result.error.issues[0]?.message ?? "") };
};

describe("stay rules", () => {
  it("accepts a stay of at least one night", () => {
    expect(stayCreateSchema.parse({ ...valid, guestName: "  Anna " })).toEqual({ ...valid, guestName: "Anna" });
  });

  it("names the field to fix", () => {
    expect(firstIssue({ ...valid, departure: "2027-01-08" })).toEqual({ field: "departure", message: "Departure must be after arrival" });
    expect(firstIssue({ ...valid, departure: "2027-01-07" })?.field).toBe("departure");
    expect(firstIssue({ ...valid, arrival: "2027-02-30" })).toEqual({ field: "arrival", message: "Arrival must be a date like 2027-01-08" });
    expect(firstIssue({ ...valid, guestName: "" })?.field).toBe("guestName");
    expect(firstIssue({ ...valid, propertyId: "1" })).toEqual({ field: "propertyId", message: "Choose a property" });
    expect(firstIssue({ ...valid, extra: 1 })?.message).toBe("Unknown field: extra");
    expect(firstIssue([])?.message).toBe("The stay must be a JSON object");
  });

  it("checks real calendar dates and the length of a stay", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-1-08")).toBe(false);
    expect(errorText("en", validateStayDates("2027-01-01", "2028-01-02")?.message ?? "")).toMatch(/at most 365 nights/);
    expect(errorText("de", validateStayDates("2027-01-01", "2028-01-02")?.message ?? "")).toBe("Ein Aufenthalt darf höchstens 365 Nächte dauern");
    expect(validateStayDates("2027-01-01", "2027-01-02")).toBeNull();
  });

  it("lets a change move either date", () => {
    expect(stayPatchSchema.parse({ arrival: "2027-01-09" })).toEqual({ arrival: "2027-01-09" });
    expect(stayPatchSchema.safeParse({ code: "123456" }).success).toBe(false);
  });
});
