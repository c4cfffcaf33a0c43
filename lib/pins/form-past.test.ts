import { describe, expect, it } from "vitest";
import { endsInThePast } from "./form-past";

describe("endsInThePast", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("reads the end on the lock's clock", () => {
    // 12:00 UTC is 13:00 in Berlin and 08:00 in New York.
    expect(endsInThePast({ validUntil: "2026-03-10T10:00" }, "Europe/Berlin", now)).toBe(true);
    expect(endsInThePast({ validUntil: "2026-03-10T10:00" }, "America/New_York", now)).toBe(false);
    expect(endsInThePast({ validUntil: null }, "Europe/Berlin", now)).toBe(false);
  });
});
