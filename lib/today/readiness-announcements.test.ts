import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { readinessAnnouncements } from "./readiness-announcements";

const en = translateIn("en", "today");

const stay = (id: string, guestName: string, ready: boolean, doors = 2) => ({ id, guestName, ready, doors: Array.from({ length: doors }) as never[] });

describe("readinessAnnouncements", () => {
  it("says nothing on the first load or without a change", () => {
    expect(readinessAnnouncements(undefined, [stay("1", "Nora", true)], en)).toEqual([]);
    expect(readinessAnnouncements([stay("1", "Nora", true)], [stay("1", "Nora", true)], en)).toEqual([]);
  });

  it("announces a stay becoming ready and one that stops being ready", () => {
    const before = [stay("1", "Nora", false), stay("2", "Omar", true, 1)];
    const after = [stay("1", "Nora", true), stay("2", "Omar", false, 1)];
    expect(readinessAnnouncements(before, after, en)).toEqual(["Nora: ready on every door.", "Omar: not ready any more."]);
  });

  it("does not announce a stay that just appeared", () => {
    expect(readinessAnnouncements([], [stay("1", "Nora", true)], en)).toEqual([]);
  });

  it("speaks German", () => {
    const before = [stay("1", "Nora", false, 1), stay("2", "Omar", true)];
    const after = [stay("1", "Nora", true, 1), stay("2", "Omar", false)];
    expect(readinessAnnouncements(before, after, translateIn("de", "today"))).toEqual(["Nora: bereit an der Tür.", "Omar: nicht mehr bereit."]);
  });
});
