import { describe, expect, it } from "vitest";
import { NukiError } from "@/lib/nuki/errors";
import { DomainError, invalidInput } from "./domain-error";
import { refusalText } from "./refusal-text";

describe("DomainError", () => {
  it("keeps the English sentence as its message and says it in German on request", () => {
    const one = new DomainError("has_stays", "hasStays", undefined, undefined, { count: 1 });
    expect(one.message).toBe("This property has 1 stay that is not cancelled. Cancel it first.");
    expect(one.textIn("de")).toBe("Diese Unterkunft hat 1 Aufenthalt, der nicht storniert ist. Stornieren Sie ihn zuerst.");
    expect(one.code).toBe("has_stays");
  });

  it("puts a property's name into the sentence as it is", () => {
    const error = new DomainError("no_backup_code", "noBackupCode", undefined, undefined, { property: "Haus {Süd}'s" });
    expect(error.message).toBe("Haus {Süd}'s has no backup code. Add one on the property's page first.");
    expect(error.textIn("de")).toBe("Haus {Süd}'s hat keinen Ersatzcode. Fügen Sie zuerst auf der Seite der Unterkunft einen hinzu.");
  });
});

describe("invalidInput", () => {
  it("passes on a check's own English as it is, naming the field", () => {
    const error = invalidInput("Valid until must be after valid from", "validUntil");
    expect(error).toMatchObject({ code: "invalid_input", field: "validUntil", message: "Valid until must be after valid from" });
    expect(error.textIn("de")).toBe("Valid until must be after valid from");
  });

  it("says the request is not valid when the schema gave no words", () => {
    expect(invalidInput(undefined).textIn("de")).toBe("Die Anfrage ist ungültig.");
    expect(invalidInput(undefined).message).toBe("The request is not valid.");
  });
});

describe("refusalText", () => {
  it("words Nuki's refusal of a PIN with Nuki's own words as they are", () => {
    const error = new NukiError("unprocessable", "422", 422, "name too long");
    const { key, values } = refusalText("rejected_by_nuki", error);
    const refused = new DomainError("rejected_by_nuki", key, "name", undefined, values);
    expect(refused.message).toBe("Nuki refused this PIN (Nuki: name too long). Names may have at most 20 characters.");
    expect(refused.textIn("de")).toBe("Nuki hat diese PIN abgelehnt (Nuki: name too long). Namen dürfen höchstens 20 Zeichen lang sein.");
  });

  it("has one sentence for a code already on the lock and one for a missing keypad", () => {
    expect(new DomainError("code_taken", refusalText("code_taken", new NukiError("conflict", "409")).key).message).toBe(
      "Nuki says this code is already on the lock. Choose another code.",
    );
    expect(new DomainError("keypad_not_paired", refusalText("keypad_not_paired", new NukiError("invalid", "400")).key).message).toBe(
      "PINs cannot be added until a keypad is paired. Paired one already? Use “Sync with lock”.",
    );
    expect(new DomainError("rejected_by_nuki", refusalText("rejected_by_nuki", new NukiError("invalid", "400")).key).message).toBe("Nuki refused this PIN.");
  });
});
