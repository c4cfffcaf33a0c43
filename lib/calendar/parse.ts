import ICAL from "ical.js";
import { FeedError } from "./errors";

/** One event of a booking platform's calendar, as Keyhost reads it. */
export interface Booking {
  uid: string;
  /** `YYYY-MM-DD` check-in day. */
  arrival: string;
  /** `YYYY-MM-DD` check-out day (an all-day DTEND is exclusive: it is the check-out day). */
  departure: string;
  cancelled: boolean;
  /** Dates the host closed or another platform took: not a guest, so no stay. */
  blocked: boolean;
  guestName: string | null;
  phoneLast4: string | null;
  reservationCode: string | null;
  reservationUrl: string | null;
}

export interface ParseOptions {
  /** Booking.com calls every event "CLOSED - Not available", bookings included. */
  everyEventIsBooking?: boolean;
}

const BLOCKED = /not available|blocked|unavailable|closed/i;
const PLAIN_RESERVED = /^(reserved|booked|booking|reservation)$/i;

function pad(n: number, width = 2) {
  return String(n).padStart(width, "0");
}

/** The calendar day as written: a TZID date-time's own wall date, a UTC one's date in UTC. */
function dayOf(time: ICAL.Time): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value.trim() : "";
}

function guestNameFrom(summary: string): string | null {
  // VRBO: "Reserved - Anna S"; other calendars: the event's title is the guest.
  const vrbo = /^reserved\s*[-–:]\s*(.+)$/i.exec(summary);
  if (vrbo?.[1]) return vrbo[1].trim().slice(0, 60);
  if (!summary || PLAIN_RESERVED.test(summary) || BLOCKED.test(summary)) return null;
  return summary.slice(0, 60);
}

function reservation(description: string): { url: string | null; code: string | null } {
  const url = /https:\/\/\S+/.exec(description)?.[0]?.replace(/[),.;]+$/, "") ?? null;
  const code = url ? (/\/([A-Z0-9]{6,14})\/?$/.exec(url)?.[1] ?? null) : null;
  return { url, code };
}

function toBooking(vevent: ICAL.Component, options: ParseOptions): Booking | null {
  const event = new ICAL.Event(vevent);
  const uid = event.uid?.trim();
  const start = event.startDate;
  if (!uid || !start) return null;
  const arrival = dayOf(start);
  const end = event.endDate;
  let departure = end ? dayOf(end) : addDays(arrival, 1);
  if (departure <= arrival) departure = addDays(arrival, 1);
  const summary = text(vevent, "summary");
  const description = text(vevent, "description");
  const status = text(vevent, "status").toUpperCase();
  const phone = /Phone Number \(Last 4 Digits\):\s*(\d{4})/i.exec(description)?.[1] ?? null;
  const { url, code } = reservation(description);
  const blocked = !options.everyEventIsBooking && BLOCKED.test(summary) && !/^reserved/i.test(summary);
  return {
    uid,
    arrival,
    departure,
    cancelled: status === "CANCELLED",
    blocked,
    guestName: blocked ? null : guestNameFrom(summary),
    phoneLast4: phone,
    reservationCode: code,
    reservationUrl: url,
  };
}

/**
 * The bookings and blocks of an iCal feed. Anything that is not a calendar is a FeedError for
 * that feed, never a crash; events without a UID or a start cannot be followed and are skipped.
 * A UID listed twice keeps its last event (feeds repeat an event when it changed).
 */
export function parseFeed(source: string, options: ParseOptions = {}): Booking[] {
  if (!/^\s*BEGIN:VCALENDAR/i.test(source)) {
    const looksLikePage = /^\s*</.test(source);
    throw new FeedError("malformed", looksLikePage ? "calendar.feedError.webPage" : "calendar.feedError.notCalendar");
  }
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(source));
  } catch {
    throw new FeedError("malformed", "calendar.feedError.damaged");
  }
  const byUid = new Map<string, Booking>();
  for (const vevent of root.getAllSubcomponents("vevent")) {
    let booking: Booking | null;
    try {
      booking = toBooking(vevent, options);
    } catch {
      booking = null;
    }
    if (booking) byUid.set(booking.uid, booking);
  }
  return [...byUid.values()];
}
