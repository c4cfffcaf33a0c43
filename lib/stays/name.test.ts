import { describe, expect, it } from "vitest";
import { stayPinName } from "./name";

describe("stayPinName", () => {
  it("is the guest's name and the arrival day", () => {
    expect(stayPinName("Anna Schmidt", "2026-12-04")).toBe("Anna Schmidt 4 Dec");
    expect(stayPinName("Li", "2027-01-08")).toBe("Li 8 Jan");
  });

  it("cuts a long name so the whole fits Nuki's 20 characters", () => {
    const name = stayPinName("Maximilian Alexander von Hohenzollern", "2027-10-28");
    expect(name).toBe("Maximilian Al 28 Oct");
    expect(name.length).toBeLessThanOrEqual(20);
    for (const guest of ["x".repeat(60), "Ünal Öztürk-Çelik Şahin", "李小龍 李小龍 李小龍 李小龍", "🏠🏠🏠🏠🏠🏠🏠🏠"]) {
      const cut = stayPinName(guest, "2027-12-31");
      expect(cut.length).toBeLessThanOrEqual(20);
      expect(cut).toBe(cut.toWellFormed());
    }
  });

  it("tidies spaces and control characters, and never leaves the name empty", () => {
    expect(stayPinName("  Anna\t\nSchmidt  ", "2026-12-04")).toBe("Anna Schmidt 4 Dec");
    expect(stayPinName("\u0000", "2026-12-04")).toBe("Guest 4 Dec");
  });

  it("writes the arrival day in the host's language", () => {
    expect(stayPinName("Anna Schmidt", "2026-12-04", "de")).toBe("Anna Schmidt 4. Dez.");
    expect(stayPinName("Maximilian Alexander von Hohenzollern", "2027-09-28", "de")).toBe("Maximilian 28. Sept.");
    expect(stayPinName("\u0000", "2027-03-01", "de")).toBe("Gast 1. März");
  });
});
