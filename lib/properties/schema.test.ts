import { describe, expect, it } from "vitest";
import { errorText } from "@/lib/i18n/translate";
import { propertyCreateSchema, propertyPatchSchema } from "./schema";

const issue = (input: unknown) => {
  const result = propertyCreateSchema.safeParse(input);
  // The message is a `validation.…` key; the API answers it in English by default.
  return result.success ? null : { field: result.error.issues[0]?.path.join("."), message: errorText("en", result.error.issues[0]?.message ?? "") };
};

describe("property rules", () => {
  it("takes a name and doors; the defaults are filled in by the service", () => {
    expect(propertyCreateSchema.parse({ name: " Flat ", lockIds: [17923456781, "17923456799"] })).toEqual({ name: "Flat", lockIds: [17923456781, 17923456799] });
  });

  it("names the field to fix", () => {
    expect(issue({ name: "Flat", lockIds: [] })).toEqual({ field: "lockIds", message: "Choose at least one door" });
    expect(issue({ name: "Flat", lockIds: [1, 1] })).toEqual({ field: "lockIds", message: "Choose each door once" });
    expect(issue({ name: "Flat", lockIds: ["../x"] })).toEqual({ field: "lockIds.0", message: "Each door must be a lock id" });
    expect(issue({ name: "Flat", lockIds: [1.5] })?.field).toBe("lockIds.0");
    expect(issue({ name: "Flat", lockIds: [1], checkInTime: "25:00" })).toEqual({ field: "checkInTime", message: "Check-in must be a time like 15:00" });
    expect(issue({ name: "Flat", lockIds: [1], lateMinutes: -5 })?.field).toBe("lateMinutes");
    expect(issue({ name: "Flat", lockIds: [1], earlyMinutes: 1.5 })?.field).toBe("earlyMinutes");
    expect(issue({ lockIds: [1] })?.field).toBe("name");
  });

  it("takes 1–4 check times of 1–168 whole hours, latest first, each once", () => {
    expect(propertyPatchSchema.parse({ checkHours: [2, 24, 2] })).toEqual({ checkHours: [24, 2] });
    expect(propertyPatchSchema.parse({ checkHours: [168, 1] })).toEqual({ checkHours: [168, 1] });
    const patch = (checkHours: unknown) => {
      const result = propertyPatchSchema.safeParse({ checkHours });
      return result.success ? null : { field: result.error.issues[0]?.path.join("."), message: errorText("en", result.error.issues[0]?.message ?? "") };
    };
    expect(patch([])).toEqual({ field: "checkHours", message: "Choose at least one check time" });
    expect(patch([48, 24, 12, 6, 2])).toEqual({ field: "checkHours", message: "Choose at most 4 check times" });
    expect(patch([24, 0])).toEqual({ field: "checkHours.1", message: "Each check must be 1–168 hours before check-in" });
    expect(patch([169])).toEqual({ field: "checkHours.0", message: "Each check must be 1–168 hours before check-in" });
    expect(patch([1.5])).toEqual({ field: "checkHours.0", message: "Check times must be whole hours, like 24, 2" });
    expect(patch(["24"])?.field).toBe("checkHours.0");
    expect(patch([Number.NaN])?.field).toBe("checkHours.0");
    expect(patch("24,2")).toEqual({ field: "checkHours", message: "Check times must be a list of hours" });
    expect(issue({ name: "Flat", lockIds: [1], checkHours: [-2] })?.field).toBe("checkHours.0");
  });

  it("treats an empty message template as the default", () => {
    expect(propertyPatchSchema.parse({ messageTemplate: "  " })).toEqual({ messageTemplate: null });
    expect(propertyPatchSchema.parse({ messageTemplate: "Hi {guest}, code {code}" })).toEqual({ messageTemplate: "Hi {guest}, code {code}" });
    expect(propertyPatchSchema.safeParse({ messageTemplate: "x".repeat(2001) }).success).toBe(false);
  });

  it("refuses unknown placeholders on messageTemplate, naming each once, and takes every known one", () => {
    expect(issue({ name: "Flat", lockIds: [1], messageTemplate: "Hi {gest}, code {code} {gest} {door}" })).toEqual({
      field: "messageTemplate",
      message: "Unknown placeholders {gest}, {door}: use {guest} {code} {doors} {from} {until} {property}",
    });
    expect(propertyPatchSchema.safeParse({ messageTemplate: "{Guest}" }).success).toBe(false);
    const all = "Subject: {property}\n{guest} {code} {doors} {from} {until} {property}";
    expect(propertyPatchSchema.parse({ messageTemplate: all })).toEqual({ messageTemplate: all });
  });
});
