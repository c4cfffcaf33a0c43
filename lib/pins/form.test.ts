import { describe, expect, it } from "vitest";
import { ANNA_STAY_PIN, savedPin } from "@/test/pin-fixtures";
import { emptyForm, formFromPin, fromNowPreset, inputFromForm, patchFromForm, stayPreset } from "./form";
import type { Pin } from "./types";

const pin: Pin = savedPin("a".repeat(24), ANNA_STAY_PIN);

describe("pin form values", () => {
  it("turns empty inputs into nulls and trims the name", () => {
    expect(inputFromForm({ ...emptyForm(), name: "  Bob ", code: "354879" })).toEqual({
      name: "Bob",
      code: "354879",
      enabled: true,
      validFrom: null,
      validUntil: null,
      weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
      dailyFrom: null,
      dailyUntil: null,
    });
  });

  it("sends only what changed, so a rename never touches the time window", () => {
    const original = formFromPin(pin);
    expect(patchFromForm(original, { ...original, name: "Anna K" })).toEqual({ name: "Anna K" });
    expect(patchFromForm(original, original)).toEqual({});
  });

  it("sends null for a cleared date", () => {
    const original = formFromPin(pin);
    expect(patchFromForm(original, { ...original, validUntil: "" })).toEqual({ validUntil: null });
  });

  it("keeps weekday order whatever order they were toggled in", () => {
    expect(inputFromForm({ ...emptyForm(), weekdays: ["fri", "mon"] }).weekdays).toEqual(["mon", "fri"]);
  });
});

describe("presets", () => {
  it("builds a stay from arrival 15:00 to departure 11:00", () => {
    expect(stayPreset("2026-12-04", "2026-12-06")).toMatchObject({ validFrom: "2026-12-04T15:00", validUntil: "2026-12-06T11:00" });
  });

  it("starts 'from now' at the lock's local time, not the viewer's", () => {
    const now = new Date("2026-11-23T09:30:00Z");
    expect(fromNowPreset("Australia/Sydney", now)).toMatchObject({ validFrom: "2026-11-23T20:30", validUntil: "2026-11-30T20:30" });
    expect(fromNowPreset("America/New_York", now).validFrom).toBe("2026-11-23T04:30");
  });
});
