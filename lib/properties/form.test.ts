import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/api/client";
import { checkForm, formErrorFrom } from "@/lib/stays/form-errors";
import { emptyPropertyForm, formFromProperty, hoursFromText, inputFromPropertyForm, toggleLock } from "./form";
import { propertyCreateSchema } from "./schema";

describe("property form", () => {
  it("starts with the defaults and round-trips a property", () => {
    expect(inputFromPropertyForm({ ...emptyPropertyForm(), name: "Flat", lockIds: [1] })).toEqual({
      name: "Flat", lockIds: [1], checkInTime: "15:00", checkOutTime: "11:00", earlyMinutes: 0, lateMinutes: 0, messageTemplate: null, messageTemplateDe: null, messageLanguage: "en", checkHours: [24, 2],
    });
    const property = { id: "p", name: "Flat", lockIds: [2, 1], checkInTime: "16:00", checkOutTime: "10:00", earlyMinutes: 30, lateMinutes: 15, messageTemplate: "Hi {guest}", messageTemplateDe: "Hallo {guest}", messageLanguage: "de" as const, checkHours: [48, 3] };
    expect(inputFromPropertyForm(formFromProperty(property))).toEqual({ ...property, id: undefined });
  });

  it("refuses what the server would refuse, on the field to fix", () => {
    const bad = inputFromPropertyForm({ ...emptyPropertyForm(), name: "Flat", lockIds: [1], earlyMinutes: "ten" });
    expect(checkForm(propertyCreateSchema, bad)).toEqual({ ok: false, error: { field: "earlyMinutes", message: "validation.earlyNumber" } });
    expect(checkForm(propertyCreateSchema, { ...bad, earlyMinutes: 0, lockIds: [] })).toMatchObject({ ok: false, error: { field: "lockIds" } });
  });

  it("reads the check times as typed, and refuses what is not hours on the check times field", () => {
    expect(formFromProperty({ id: "p", name: "Flat", lockIds: [1], checkInTime: "15:00", checkOutTime: "11:00", earlyMinutes: 0, lateMinutes: 0, messageTemplate: null, checkHours: [48, 3] }).checkHours).toBe("48, 3");
    expect(hoursFromText("24, 2")).toEqual([24, 2]);
    expect(hoursFromText(" 48h,6 ; 1 ")).toEqual([48, 6, 1]);
    expect(hoursFromText("")).toEqual([]);
    const typed = (checkHours: string) => checkForm(propertyCreateSchema, inputFromPropertyForm({ ...emptyPropertyForm(), name: "Flat", lockIds: [1], checkHours }));
    expect(typed("12, 1")).toMatchObject({ ok: true, value: { checkHours: [12, 1] } });
    expect(typed("a day")).toEqual({ ok: false, error: { field: "checkHours", message: "validation.checkHoursWhole" } });
    expect(typed("")).toEqual({ ok: false, error: { field: "checkHours", message: "validation.checkHoursMin" } });
    expect(typed("200")).toEqual({ ok: false, error: { field: "checkHours", message: "validation.checkHoursRange" } });
  });

  it("pins a server refusal of one door to the doors field", () => {
    expect(formErrorFrom(new ApiClientError(422, "invalid_input", "This lock is not in your Nuki account.", "lockIds.1"))).toEqual({ field: "lockIds", message: "This lock is not in your Nuki account." });
    expect(formErrorFrom(new ApiClientError(502, "upstream_unavailable", "Nuki is down"))).toEqual({ field: null, message: "Nuki is down" });
  });

  it("toggles doors keeping their order", () => {
    expect(toggleLock([1, 2], 3, true)).toEqual([1, 2, 3]);
    expect(toggleLock([1, 2], 2, true)).toEqual([1, 2]);
    expect(toggleLock([1, 2, 3], 2, false)).toEqual([1, 3]);
  });
});
