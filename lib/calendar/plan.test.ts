import { describe, expect, it } from "vitest";
import { doorsOn, doorStep, phoneCode as phoneCodeOf } from "./doors-plan";
import type { Booking } from "./parse";
import { planBookings, planUnchanged, type LinkedStay } from "./plan";
import { translateIn } from "@/lib/i18n/translate";
import { storedText } from "@/lib/i18n/stored-text";

const booking = (uid: string, arrival: string, departure: string, extra: Partial<Booking> = {}): Booking => ({
  uid, arrival, departure, cancelled: false, blocked: false, guestName: null, phoneLast4: null, reservationCode: null, reservationUrl: null, ...extra,
});
const stay = (id: string, uid: string, arrival: string, departure: string, extra: Partial<LinkedStay> = {}): LinkedStay => ({
  id, bookingUid: uid, arrival, departure, status: "scheduled", missingSyncs: 0, notice: null, ...extra,
});
const TODAY = "2027-01-10";
const plan = (bookings: Booking[], stays: LinkedStay[], confirmEmpty = false) => planBookings({ bookings, stays, today: TODAY, confirmEmpty });

describe("planBookings", () => {
  it("creates a stay for each new booking, not for blocks, cancelled or past ones", () => {
    const result = plan([booking("a", "2027-01-20", "2027-01-23"), booking("b", "2027-01-25", "2027-01-27", { blocked: true }), booking("c", "2027-02-01", "2027-02-03", { cancelled: true }), booking("d", "2027-01-01", "2027-01-05")], []);
    expect(result.actions).toEqual([{ kind: "create", booking: booking("a", "2027-01-20", "2027-01-23") }]);
    expect(result.bookingsSeen).toBe(2);
  });

  it("does nothing twice: a booking with its stay is left alone", () => {
    expect(plan([booking("a", "2027-01-20", "2027-01-23")], [stay("s", "a", "2027-01-20", "2027-01-23")]).actions).toEqual([]);
  });

  it("moves a stay whose booking moved", () => {
    expect(plan([booking("a", "2027-01-21", "2027-01-25")], [stay("s", "a", "2027-01-20", "2027-01-23")]).actions).toEqual([{ kind: "move", stayId: "s", arrival: "2027-01-21", departure: "2027-01-25" }]);
  });

  it("never cuts a begun stay short: it extends, or flags the host", () => {
    const begun = stay("s", "a", "2027-01-09", "2027-01-12", { status: "active" });
    expect(plan([booking("a", "2027-01-09", "2027-01-14")], [begun]).actions).toEqual([{ kind: "move", stayId: "s", arrival: "2027-01-09", departure: "2027-01-14" }]);
    expect(plan([booking("a", "2027-01-09", "2027-01-11")], [begun]).actions).toMatchObject([{ kind: "flag", stayId: "s" }]);
    expect(plan([booking("a", "2027-01-09", "2027-01-11", { cancelled: true })], [begun]).actions).toMatchObject([{ kind: "flag", stayId: "s" }]);
  });

  it("cancels a booking the platform marks cancelled before check-in", () => {
    expect(plan([booking("a", "2027-01-20", "2027-01-23", { cancelled: true }), booking("z", "2027-03-01", "2027-03-02")], [stay("s", "a", "2027-01-20", "2027-01-23"), stay("t", "z", "2027-03-01", "2027-03-02")]).actions).toEqual([{ kind: "cancel", stayId: "s" }]);
  });

  it("cancels a vanished booking only at the second successful sync without it, and forgets a miss when it is back", () => {
    const other = booking("z", "2027-03-01", "2027-03-02");
    const s = stay("s", "a", "2027-01-20", "2027-01-23");
    const z = stay("t", "z", "2027-03-01", "2027-03-02");
    expect(plan([other], [s, z]).actions).toEqual([{ kind: "missing", stayId: "s", missingSyncs: 1 }]);
    expect(plan([other, booking("a", "2027-01-20", "2027-01-23")], [{ ...s, missingSyncs: 1 }, z]).actions).toEqual([{ kind: "seen", stayId: "s" }]);
    expect(plan([other], [{ ...s, missingSyncs: 1 }, z]).actions).toEqual([{ kind: "cancel", stayId: "s" }]);
    // Back after being cancelled by the feed: a new stay, so the guest is not locked out.
    expect(plan([other, booking("a", "2027-01-20", "2027-01-23")], [{ ...s, status: "cancelled", missingSyncs: 2 }, z]).actions).toMatchObject([{ kind: "create" }]);
    // Cancelled by the host: stays cancelled.
    expect(plan([other, booking("a", "2027-01-20", "2027-01-23")], [{ ...s, status: "cancelled" }, z]).actions).toEqual([]);
  });

  it("waits for the host when a feed suddenly lists no bookings while stays lie ahead", () => {
    const stays = [stay("s", "a", "2027-01-20", "2027-01-23"), stay("t", "b", "2027-02-20", "2027-02-23")];
    expect(plan([], stays)).toEqual({ actions: [], waitingForConfirmation: true, bookingsSeen: 0 });
    expect(plan([booking("x", "2027-01-25", "2027-01-26", { blocked: true })], stays).waitingForConfirmation).toBe(true);
    expect(plan([], stays, true).actions).toEqual([
      { kind: "missing", stayId: "s", missingSyncs: 1 },
      { kind: "missing", stayId: "t", missingSyncs: 1 },
    ]);
    // Only past stays: nothing to protect, nothing to wait for.
    expect(plan([], [stay("p", "p", "2027-01-01", "2027-01-03", { status: "active" })])).toEqual({ actions: [], waitingForConfirmation: false, bookingsSeen: 0 });
  });

  it("flags, once, a begun stay whose booking vanished", () => {
    const begun = stay("s", "a", "2027-01-09", "2027-01-12", { status: "active", missingSyncs: 1 });
    const result = plan([booking("z", "2027-03-01", "2027-03-02")], [begun, stay("t", "z", "2027-03-01", "2027-03-02")]).actions;
    expect(result).toMatchObject([{ kind: "missing", missingSyncs: 2 }, { kind: "flag", stayId: "s" }]);
    const flagged = { ...begun, missingSyncs: 2, notice: (result[1] as { notice: string }).notice };
    expect(plan([booking("z", "2027-03-01", "2027-03-02")], [flagged, stay("t", "z", "2027-03-01", "2027-03-02")]).actions).toEqual([{ kind: "missing", stayId: "s", missingSyncs: 3 }]);
  });
});

describe("planUnchanged", () => {
  it("counts an unchanged feed as one more sync without what was missing", () => {
    const stays = [stay("s", "a", "2027-01-20", "2027-01-23", { missingSyncs: 1 }), stay("t", "b", "2027-01-20", "2027-01-23")];
    expect(planUnchanged({ stays, today: TODAY, waitingForConfirmation: false })).toEqual([{ kind: "cancel", stayId: "s" }]);
    expect(planUnchanged({ stays, today: TODAY, waitingForConfirmation: true })).toEqual([]);
  });
});

describe("doorStep", () => {
  const scheduled = { status: "scheduled" as const, arrival: "2027-01-20", clearedAt: null };
  it("puts the code on the doors exactly leadDays before arrival and takes it off after check-out", () => {
    expect(doorsOn("2027-01-20", 3)).toBe("2027-01-17");
    expect(doorStep(scheduled, 3, "2027-01-16T23:59", "2027-01-23T11:00")).toBe("wait");
    expect(doorStep(scheduled, 3, "2027-01-17T00:00", "2027-01-23T11:00")).toBe("activate");
    expect(doorStep({ ...scheduled, status: "active" }, 3, "2027-01-23T10:59", "2027-01-23T11:00")).toBe("wait");
    expect(doorStep({ ...scheduled, status: "active" }, 3, "2027-01-23T11:00", "2027-01-23T11:00")).toBe("clear");
    expect(doorStep({ ...scheduled, status: "active", clearedAt: "x" }, 3, "2027-01-24T11:00", "2027-01-23T11:00")).toBe("wait");
    expect(doorStep({ ...scheduled, status: "cancelled" }, 3, "2027-01-18T11:00", "2027-01-23T11:00")).toBe("wait");
  });
});

describe("phoneCode", () => {
  it("uses the phone digits only when Nuki accepts the code and it is free", () => {
    const calendar = { calendar: translateIn("en", "calendar") };
    const phoneCode = (last4: string | null, taken: ReadonlySet<string>) => {
      const result = phoneCodeOf(last4, taken);
      return "reason" in result ? { ...result, reason: storedText(result.reason, calendar) } : result;
    };
    expect(phoneCode("4376", new Set())).toEqual({ code: "437643" });
    expect(phoneCode(null, new Set())).toMatchObject({ code: null, reason: expect.stringMatching(/no phone digits/) });
    expect(phoneCode("1200", new Set())).toMatchObject({ code: null, reason: expect.stringMatching(/contain a 0/) });
    expect(phoneCode("1234", new Set())).toMatchObject({ code: null, reason: expect.stringMatching(/start with 12/) });
    expect(phoneCode("4376", new Set(["437643"]))).toMatchObject({ code: null, reason: expect.stringMatching(/already used/) });
  });
});

describe("a flagged stay's notice", () => {
  it("is stored as a key, so the host reads it in German too", () => {
    const begun = stay("s", "a", "2027-01-09", "2027-01-12", { status: "active" });
    const [flag] = plan([booking("a", "2027-01-09", "2027-01-11")], [begun]).actions as { notice: string }[];
    expect(storedText(flag!.notice, { calendar: translateIn("en", "calendar") })).toBe("The booking now runs 2027-01-09 to 2027-01-11, but the guest has checked in: the code keeps its dates. Change the stay if the guest leaves earlier.");
    expect(storedText(flag!.notice, { calendar: translateIn("de", "calendar") })).toMatch(/^Die Buchung läuft jetzt von 2027-01-09 bis 2027-01-11/);
    // A notice stored before keys is shown as it is.
    expect(storedText("Old notice.", { calendar: translateIn("de", "calendar") })).toBe("Old notice.");
  });
});
