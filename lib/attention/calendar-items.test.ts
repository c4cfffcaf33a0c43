import { storedMessage } from "@/lib/i18n/stored-text";
import { describe, expect, it } from "vitest";
import type { Pin } from "@/lib/pins/types";
import { fixPath, fixTargetOf } from "@/lib/fixes/mutations";
import type { AttentionFeed, AttentionStay } from "./calendar-items";
import { translateIn } from "@/lib/i18n/translate";
import { deriveAttention, type AttentionLock } from "./derive";
import { attentionHref, attentionSubject } from "./where";

const NOW = new Date("2026-03-10T12:00:00Z");

function feed(id: string, patch: Partial<AttentionFeed> = {}): AttentionFeed {
  return {
    id, propertyId: "p1", propertyName: "Calendar Flat", label: "Airbnb", url: "https://example.com/a.ics", everyEventIsBooking: false,
    lastSuccessAt: "2026-03-10T11:00:00Z", lastAttemptAt: "2026-03-10T11:50:00Z", lastError: null, bookingsSeen: 2, waitingForConfirmation: false,
    nextSyncAt: "2026-03-10T12:05:00Z", ...patch,
  };
}

function stay(id: string, patch: Partial<AttentionStay> = {}): AttentionStay {
  return { id, propertyId: "p1", propertyName: "Calendar Flat", guestName: "Lena Vogel", status: "active", notice: null, clearedAt: null, ...patch };
}

const lock: AttentionLock = {
  id: 1, name: "Berlin Apartment", timeZone: "Europe/Berlin", online: true, serverState: "ok",
  keypad: { paired: true, kind: "Keypad" }, battery: { critical: true, charge: 5 }, keypadBatteryCritical: false, pinCount: 3,
};
const pins = new Map<number, Pin[]>();

describe("calendar and stay items on Needs attention", () => {
  it("lists nothing for healthy feeds and stays without a notice", () => {
    expect(deriveAttention([], pins, NOW, "en", { feeds: [feed("f1")], stays: [stay("s1")] })).toEqual({ items: [], byLock: {} });
  });

  it("names a failing feed with the panel's sentence, offers Sync now and the calendar, and counts on no lock card", () => {
    const failing = feed("f1", { lastError: "The platform's server failed (500). Keyhost tries again at the next sync." });
    const { items, byLock } = deriveAttention([lock], pins, NOW, "en", { feeds: [failing], stays: [] });
    const item = items.find((i) => i.kind === "feed_failing")!;
    expect(item).toMatchObject({ id: "feed_failing:f1", severity: "warning", propertyId: "p1", feedId: "f1", title: "The Airbnb calendar of Calendar Flat could not be read" });
    expect(item.detail).toContain("server failed (500)");
    expect(item.detail).toContain("keep their codes");
    expect(item.fixes.map((f) => [f.kind, f.label])).toEqual([["sync", "Sync now"], ["open", "Open the calendar"]]);
    expect(attentionHref(item)).toBe("/properties/p1#calendar-feeds");
    expect(attentionSubject(item, translateIn("en", "attention"))).toBe("Airbnb calendar of Calendar Flat");
    expect(fixPath(fixTargetOf(item, "sync")!)).toBe("/api/properties/p1/feeds/f1/sync");
    expect(fixTargetOf(item, "retry")).toBeNull();
    // The battery's item still counts on its lock; the feed's counts on none.
    expect(byLock).toEqual({ 1: 1 });
  });

  it("asks the host to confirm an emptied feed (which wins over an older failure)", () => {
    const emptied = feed("f2", { label: "other", waitingForConfirmation: true, lastError: null, bookingsSeen: 0 });
    const [item] = deriveAttention([], pins, NOW, "en", { feeds: [emptied], stays: [] }).items;
    expect(item).toMatchObject({ kind: "feed_emptied", title: "The Calendar calendar of Calendar Flat suddenly lists no bookings" });
    expect(item!.detail).toMatch(/cancels nothing until you confirm.*Confirm it on the property's calendar/);
  });

  it("lists a flagged stay until it is cancelled or its code is off the doors, with a way to it", () => {
    const notice = "The booking is no longer in the calendar, but the guest has checked in: the code keeps working until check-out. Cancel the stay if the guest has left.";
    const facts = { feeds: [], stays: [stay("s1", { notice }), stay("s2", { notice, status: "cancelled" }), stay("s3", { notice, clearedAt: "2026-03-09T10:00:00Z" })] };
    const { items } = deriveAttention([], pins, NOW, "en", facts);
    expect(items.map((i) => i.id)).toEqual(["stay_flagged:s1"]);
    expect(items[0]).toMatchObject({ severity: "critical", stayId: "s1", detail: notice, title: "Lena Vogel's stay at Calendar Flat needs you" });
    expect(items[0]!.fixes.map((f) => f.kind)).toEqual(["open"]);
    expect(attentionHref(items[0]!)).toBe("/stays/s1");
  });

  it("words a notice stored as a key in the reader's language", () => {
    const facts = { feeds: [], stays: [stay("s1", { notice: storedMessage("calendar.notice.vanished") })] };
    expect(deriveAttention([], pins, NOW, "en", facts).items[0]?.detail).toMatch(/^The booking is no longer in the calendar/);
    expect(deriveAttention([], pins, NOW, "de", facts).items[0]?.detail).toMatch(/^Die Buchung steht nicht mehr im Kalender/);
  });

  it("orders a guest's problem before a lock's warning and a calendar's", () => {
    const { items } = deriveAttention([{ ...lock, battery: { critical: false, charge: 80 }, pinCount: 95 }], pins, NOW, "en", {
      feeds: [feed("f1", { lastError: "x" })],
      stays: [stay("s1", { notice: "The code changed because a PIN made elsewhere took the old one. Send the guest message again." })],
    });
    expect(items.map((i) => i.kind)).toEqual(["stay_flagged", "capacity", "feed_failing"]);
    expect(attentionHref(items[1]!)).toBe("/locks/1");
  });

  it("speaks German, and names a deleted property", () => {
    const emptied = feed("f2", { label: "other", propertyName: null, waitingForConfirmation: true, lastError: null, bookingsSeen: 0 });
    const [item] = deriveAttention([], pins, NOW, "de", { feeds: [emptied], stays: [] }).items;
    expect(item).toMatchObject({ title: "Der Kalender-Kalender von Gelöschte Unterkunft listet plötzlich keine Buchungen", propertyName: "Gelöschte Unterkunft" });
    expect(item!.fixes.map((f) => f.label)).toEqual(["Jetzt abgleichen", "Kalender öffnen"]);
    expect(attentionSubject(item!, translateIn("de", "attention"))).toBe("Kalender-Kalender von Gelöschte Unterkunft");
  });
});
