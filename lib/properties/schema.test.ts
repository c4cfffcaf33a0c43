import { describe, expect, it } from "vitest";
import { propertyCreateSchema, propertyPatchSchema } from "./schema";

const issue = (input: unknown) => {
  const result = propertyCreateSchema.safeParse(input);
  return result.success ? null : { field: result.error.issues[0]?.path.join("."), message: result.error.issues[0]?.message };
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
