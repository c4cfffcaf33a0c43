import { describe, expect, it } from "vitest";
import { ApiClientError } from "@/lib/api/client";
import { checkForm, formErrorFrom } from "@/lib/stays/form-errors";
import { emptyPropertyForm, formFromProperty, inputFromPropertyForm, toggleLock } from "./form";
import { propertyCreateSchema } from "./schema";

describe("property form", () => {
  it("starts with the defaults and round-trips a property", () => {
    expect(inputFromPropertyForm({ ...emptyPropertyForm(), name: "Flat", lockIds: [1] })).toEqual({
      name: "Flat", lockIds: [1], checkInTime: "15:00", checkOutTime: "11:00", earlyMinutes: 0, lateMinutes: 0, messageTemplate: null,
    });
    const property = { id: "p", name: "Flat", lockIds: [2, 1], checkInTime: "16:00", checkOutTime: "10:00", earlyMinutes: 30, lateMinutes: 15, messageTemplate: "Hi {guest}" };
    expect(inputFromPropertyForm(formFromProperty(property))).toEqual({ ...property, id: undefined });
  });

  it("refuses what the server would refuse, on the field to fix", () => {
    const bad = inputFromPropertyForm({ ...emptyPropertyForm(), name: "Flat", lockIds: [1], earlyMinutes: "ten" });
    expect(checkForm(propertyCreateSchema, bad)).toEqual({ ok: false, error: { field: "earlyMinutes", message: "Early buffer must be a number of minutes" } });
    expect(checkForm(propertyCreateSchema, { ...bad, earlyMinutes: 0, lockIds: [] })).toMatchObject({ ok: false, error: { field: "lockIds" } });
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
