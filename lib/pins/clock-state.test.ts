import { describe, expect, it } from "vitest";
import { clockState } from "./clock-state";

const pin = { enabled: true, validFrom: "2026-03-10T15:00", validUntil: "2026-03-12T11:00", weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const, status: "saved" as const };
const p = { ...pin, weekdays: [...pin.weekdays] };

describe("clockState", () => {
  it("follows the lock's clock, not the browser's", () => {
    // 13:30 UTC is 14:30 in Berlin (before 15:00) but 02:30 next day in Auckland (inside the window).
    const at = new Date("2026-03-10T13:30:00Z");
    expect(clockState(p, at, "Europe/Berlin")).toBe("upcoming");
    expect(clockState(p, at, "Pacific/Auckland")).toBe("active");
    expect(clockState(p, new Date("2026-03-12T10:00:00Z"), "Europe/Berlin")).toBe("expired");
  });

  it("says disabled first, and not today for a day the PIN does not work", () => {
    expect(clockState({ ...p, enabled: false }, new Date("2026-03-11T12:00:00Z"), "UTC")).toBe("disabled");
    expect(clockState({ ...p, weekdays: ["mon"] }, new Date("2026-03-11T12:00:00Z"), "UTC")).toBe("not_today");
  });
});
