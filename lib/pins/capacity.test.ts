import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { capacityUsage, capacityWords, KEYPAD_CAPACITY } from "./capacity";

describe("capacityUsage", () => {
  it.each([
    [0, "ok", 0],
    [37, "ok", 0.37],
    [89, "ok", 0.89],
    [90, "warn", 0.9],
    [99, "warn", 0.99],
    [100, "full", 1],
    [104, "full", 1],
  ] as const)("%i codes → %s", (used, level, ratio) => {
    expect(capacityUsage(used)).toEqual({ used, capacity: KEYPAD_CAPACITY, ratio, level });
    expect(capacityWords(capacityUsage(used), translateIn("en", "pins"))).toBe(`${used} / 100 codes`);
  });
});

describe("capacityWords", () => {
  it("counts codes in German", () => {
    expect(capacityWords(capacityUsage(37), translateIn("de", "pins"))).toBe("37 / 100 Codes");
  });
});
