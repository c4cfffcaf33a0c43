import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { pinStatusAnnouncements as announce } from "./status-announcements";

const t = translateIn("en", "pins");
const pinStatusAnnouncements = (before: Parameters<typeof announce>[0], after: Parameters<typeof announce>[1]) => announce(before, after, t);

const pin = (id: string, name: string, status: "pending" | "saved" | "failed" | "deleting" | "drifted" | "unmanaged", statusReason?: string) => ({ id, name, status, statusReason });

describe("pinStatusAnnouncements", () => {
  it("says nothing for the first listing", () => {
    expect(pinStatusAnnouncements(undefined, [pin("a", "Anna", "saved")])).toEqual([]);
  });

  it("says nothing when no status changed", () => {
    const list = [pin("a", "Anna", "saved"), pin("b", "Ben", "pending")];
    expect(pinStatusAnnouncements(list, list)).toEqual([]);
  });

  it("announces pending → saved and a failure with its reason", () => {
    const before = [pin("a", "Anna", "pending"), pin("b", "Ben", "pending")];
    const after = [pin("a", "Anna", "saved"), pin("b", "Ben", "failed", "The lock did not answer.")];
    expect(pinStatusAnnouncements(before, after)).toEqual(["Anna: saved on the lock.", "Ben: not saved. The lock did not answer."]);
  });

  it("announces a new PIN on its way once, not again when the server's answer replaces the optimistic row", () => {
    const start = [pin("a", "Anna", "saved")];
    const optimistic = [...start, pin("optimistic:1", "Kim", "pending")];
    const answered = [...start, pin("k", "Kim", "pending")];
    expect(pinStatusAnnouncements(start, optimistic)).toEqual(["Kim: saving to the lock…"]);
    expect(pinStatusAnnouncements(optimistic, answered)).toEqual([]);
    expect(pinStatusAnnouncements(answered, [...start, pin("k", "Kim", "saved")])).toEqual(["Kim: saved on the lock."]);
  });

  it("announces a finished deletion and a change made in the Nuki app", () => {
    const before = [pin("a", "Anna", "deleting"), pin("b", "Ben", "saved")];
    expect(pinStatusAnnouncements(before, [pin("b", "Ben", "drifted")])).toEqual(["Ben: changed in the Nuki app.", "Anna: deleted from the lock."]);
  });

  it("does not announce a PIN someone made outside Keyhost appearing", () => {
    expect(pinStatusAnnouncements([], [pin("x", "Nuki app", "unmanaged")])).toEqual([]);
  });

  it("speaks German", () => {
    const before = [pin("a", "Anna", "pending"), pin("b", "Ben", "deleting")];
    expect(announce(before, [pin("a", "Anna", "saved")], translateIn("de", "pins"))).toEqual(["Anna: auf dem Schloss gespeichert.", "Ben: vom Schloss gelöscht."]);
  });
});
