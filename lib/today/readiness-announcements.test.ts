import { describe, expect, it } from "vitest";
import { readinessAnnouncements } from "./readiness-announcements";

const stay = (id: string, guestName: string, ready: boolean, doors = 2) => ({ id, guestName, ready, doors: Array.from({ length: doors }) as never[] });

describe("readinessAnnouncements", () => {
  it("says nothing on the first load or without a change", () => {
    expect(readinessAnnouncements(undefined, [stay("1", "Nora", true)])).toEqual([]);
    expect(readinessAnnouncements([stay("1", "Nora", true)], [stay("1", "Nora", true)])).toEqual([]);
  });

  it("announces a stay becoming ready and one that stops being ready", () => {
    const before = [stay("1", "Nora", false), stay("2", "Omar", true, 1)];
    const after = [stay("1", "Nora", true), stay("2", "Omar", false, 1)];
    expect(readinessAnnouncements(before, after)).toEqual(["Nora: ready on every door.", "Omar: not ready any more."]);
  });

  it("does not announce a stay that just appeared", () => {
    expect(readinessAnnouncements([], [stay("1", "Nora", true)])).toEqual([]);
  });
});
