import { describe, expect, it } from "vitest";
import { propertyCreateSchema } from "@/lib/properties/schema";
import { errorsFrom, fieldErrors } from "./form-errors";
import { stayCreateSchema } from "./schema";

describe("fieldErrors", () => {
  it("gives every field in error its first message, not just the form's first", () => {
    const errors = fieldErrors(stayCreateSchema, { guestName: " ", arrival: "2027-01-08", departure: "", propertyId: "" });
    expect(Object.keys(errors).sort()).toEqual(["departure", "guestName", "propertyId"]);
    expect(errors.guestName).toBe("validation.guestNameLength");
  });

  it("marks a list field by its top-level name", () => {
    const errors = fieldErrors(propertyCreateSchema, { name: "Flat", lockIds: [-1], checkInTime: "15:00", checkOutTime: "11:00", earlyMinutes: 0, lateMinutes: 0, messageTemplate: null });
    expect(Object.keys(errors)).toEqual(["lockIds"]);
  });

  it("is empty when the values may be sent", () => {
    expect(fieldErrors(stayCreateSchema, { guestName: "Lena", arrival: "2027-01-08", departure: "2027-01-10", propertyId: "6f1c2f52-8f0e-4c7e-9f57-2b8f4f9d2a11" })).toEqual({});
  });
});

describe("errorsFrom", () => {
  it("puts a refusal under its field, or under the form when it names none", () => {
    expect(errorsFrom({ field: "departure", message: "Departure must be after arrival" })).toEqual({ departure: "Departure must be after arrival" });
    expect(errorsFrom({ field: null, message: "Try again." })).toEqual({ "": "Try again." });
  });
});
