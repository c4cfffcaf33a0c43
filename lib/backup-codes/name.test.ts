import { describe, expect, it } from "vitest";
import { MAX_NAME_LENGTH } from "@/lib/pins/schema";
import { backupLine, backupPinName } from "./name";

describe("backup code names", () => {
  it("names the slot and the property within Nuki's 20 characters", () => {
    expect(backupPinName(1, "Seaside")).toBe("Backup 1 · Seaside");
    expect(backupPinName(2, "Seaside Flat Nice")).toBe("Backup 2 · Seaside");
    expect(backupPinName(3, "Altbau Berlin Mitte")).toBe("Backup 3 · Altbau");
    expect(backupPinName(1, "Strandhauslodge")).toBe("Backup 1 · Strandhau");
    expect(backupPinName(1, "Strandhauslodge")).toHaveLength(MAX_NAME_LENGTH);
    expect(backupPinName(1, "  \u0007 ")).toBe("Backup 1");
    expect(backupPinName(1, "😀😀😀😀😀").length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it("offers the code in the guest's words", () => {
    expect(backupLine("583926")).toBe("If the code does not work, use the backup code 583926 on any door.");
    expect(backupLine("583926", "de")).toBe("Falls der Code nicht funktioniert, nutzen Sie an jeder Tür den Ersatzcode 583926.");
  });
});
