import type { Booking } from "./parse";
import { storedMessage } from "@/lib/i18n/stored-text";

/** What the planner knows of a stay that follows a feed. */
export interface LinkedStay {
  id: string;
  bookingUid: string | null;
  arrival: string;
  departure: string;
  status: "active" | "cancelled" | "scheduled";
  missingSyncs: number;
  /** What the host must know, as stored (lib/calendar/stored-text). */
  notice: string | null;
}

export type BookingAction =
  | { kind: "create"; booking: Booking }
  | { kind: "move"; stayId: string; arrival: string; departure: string }
  | { kind: "seen"; stayId: string }
  | { kind: "missing"; stayId: string; missingSyncs: number }
  | { kind: "cancel"; stayId: string }
  | { kind: "flag"; stayId: string; notice: string };

export interface BookingPlan {
  actions: BookingAction[];
  /** The feed suddenly lists no bookings while stays from it lie ahead: wait for the host. */
  waitingForConfirmation: boolean;
  /** Bookings (not blocks, not cancelled) the feed lists. */
  bookingsSeen: number;
}

/** A booking gone from its feed this many successful syncs in a row is cancelled. */
export const MISSING_SYNCS_TO_CANCEL = 2;

const open = (stay: LinkedStay) => stay.status !== "cancelled";
const begun = (stay: LinkedStay, today: string) => today >= stay.arrival;

function flagOnce(stay: LinkedStay, notice: string): BookingAction[] {
  return stay.notice === notice ? [] : [{ kind: "flag", stayId: stay.id, notice }];
}

/** A stay gone from the feed: counted, cancelled at the second miss, but never once the guest is in. */
function vanished(stay: LinkedStay, today: string): BookingAction[] {
  const missingSyncs = stay.missingSyncs + 1;
  if (missingSyncs < MISSING_SYNCS_TO_CANCEL) return [{ kind: "missing", stayId: stay.id, missingSyncs }];
  if (begun(stay, today)) {
    return [
      ...(stay.missingSyncs < missingSyncs ? [{ kind: "missing" as const, stayId: stay.id, missingSyncs }] : []),
      ...flagOnce(stay, storedMessage("calendar.notice.vanished")),
    ];
  }
  return [{ kind: "cancel", stayId: stay.id }];
}

/**
 * Decides, from one successful read of a feed, what becomes of its stays. Pure: the caller applies
 * the actions, each keyed by the booking's UID, so a sync cut short and run again does each once.
 * `today` is the property's local date; `confirmEmpty` is the host saying an emptied feed is right.
 */
export function planBookings(input: { bookings: Booking[]; stays: LinkedStay[]; today: string; confirmEmpty: boolean }): BookingPlan {
  const { today } = input;
  const live = input.bookings.filter((b) => !b.blocked && !b.cancelled);
  const cancelled = new Set(input.bookings.filter((b) => !b.blocked && b.cancelled).map((b) => b.uid));
  const liveUids = new Set(live.map((b) => b.uid));
  const actions: BookingAction[] = [];
  const byUid = new Map<string, LinkedStay[]>();
  for (const stay of input.stays) if (stay.bookingUid) byUid.set(stay.bookingUid, [...(byUid.get(stay.bookingUid) ?? []), stay]);

  for (const booking of live) {
    const mine = byUid.get(booking.uid) ?? [];
    const current = mine.find(open);
    if (!current) {
      // A booking once cancelled because it had left the feed and now back gets a stay again; one
      // the host cancelled stays cancelled. Past bookings are history, not guests to let in.
      const last = mine.at(-1);
      if ((!last || last.missingSyncs >= MISSING_SYNCS_TO_CANCEL) && booking.departure >= today) actions.push({ kind: "create", booking });
      continue;
    }
    if (current.missingSyncs > 0) actions.push({ kind: "seen", stayId: current.id });
    if (booking.arrival === current.arrival && booking.departure === current.departure) continue;
    if (!begun(current, today)) actions.push({ kind: "move", stayId: current.id, arrival: booking.arrival, departure: booking.departure });
    else if (booking.departure > current.departure) actions.push({ kind: "move", stayId: current.id, arrival: current.arrival, departure: booking.departure });
    else {
      actions.push(...flagOnce(current, storedMessage("calendar.notice.moved", { arrival: booking.arrival, departure: booking.departure })));
    }
  }

  const openStays = input.stays.filter((s) => open(s) && s.bookingUid && !liveUids.has(s.bookingUid));
  for (const stay of openStays.filter((s) => cancelled.has(s.bookingUid!))) {
    if (begun(stay, today)) actions.push(...flagOnce(stay, storedMessage("calendar.notice.cancelled")));
    else actions.push({ kind: "cancel", stayId: stay.id });
  }
  // Stays already over are left alone: platforms drop past bookings from their feeds.
  const gone = openStays.filter((s) => !cancelled.has(s.bookingUid!) && s.departure >= today);
  const suddenlyEmpty = live.length === 0 && gone.length > 0;
  if (suddenlyEmpty && !input.confirmEmpty) return { actions, waitingForConfirmation: true, bookingsSeen: 0 };
  for (const stay of gone) actions.push(...vanished(stay, today));
  return { actions, waitingForConfirmation: false, bookingsSeen: live.length };
}

/** The feed answered "not modified": what was missing at the last read is missing once more. */
export function planUnchanged(input: { stays: LinkedStay[]; today: string; waitingForConfirmation: boolean }): BookingAction[] {
  if (input.waitingForConfirmation) return [];
  return input.stays.filter((s) => open(s) && s.missingSyncs > 0 && s.departure >= input.today).flatMap((s) => vanished(s, input.today));
}
