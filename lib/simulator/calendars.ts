import { forgetProcessSingleton, processSingleton } from "@/lib/process/singleton";
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";

/**
 * Booking-platform calendars for the demo and the tests, served under `/sim/calendars/`: an
 * Airbnb-shaped one and a Booking.com-shaped one with bookings relative to today, and any other
 * name on first use. Kept in memory like the simulated locks.
 */
export type CalendarShape = "airbnb" | "booking" | "vrbo";

export interface DemoBooking {
  uid: string;
  arrival: string;
  departure: string;
  guestName: string | null;
  phoneLast4: string | null;
  cancelled: boolean;
}

interface DemoCalendar {
  shape: CalendarShape;
  bookings: Map<string, DemoBooking>;
}

const day = (offset: number, from = Date.now()) => new Date(from + offset * 86_400_000).toISOString().slice(0, 10);
const compact = (date: string) => date.replaceAll("-", "");

function seeded(shape: CalendarShape, stays: [number, number, string | null, string | null][]): DemoCalendar {
  const bookings = new Map<string, DemoBooking>();
  for (const [from, nights, guestName, phoneLast4] of stays) {
    const uid = `${randomUUID()}@${shape === "booking" ? "booking.com" : "airbnb.com"}`;
    bookings.set(uid, { uid, arrival: day(from), departure: day(from + nights), guestName, phoneLast4, cancelled: false });
  }
  return { shape, bookings };
}

export function demoCalendars(): Map<string, DemoCalendar> {
  return processSingleton("demoCalendars", () => new Map([
    ["airbnb", seeded("airbnb", [[1, 3, null, "4376"], [9, 4, null, "5821"]])],
    ["booking", seeded("booking", [[5, 2, null, null]])],
  ]));
}

export function resetDemoCalendars(): void {
  forgetProcessSingleton("demoCalendars");
}

export function calendarNamed(name: string): DemoCalendar {
  const calendars = demoCalendars();
  let calendar = calendars.get(name);
  if (!calendar) {
    calendar = { shape: name.startsWith("booking") ? "booking" : name.startsWith("vrbo") ? "vrbo" : "airbnb", bookings: new Map() };
    calendars.set(name, calendar);
  }
  return calendar;
}

function event(shape: CalendarShape, b: DemoBooking, stamp: string): string[] {
  const lines = ["BEGIN:VEVENT", `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(b.arrival)}`, `DTEND;VALUE=DATE:${compact(b.departure)}`, `UID:${b.uid}`];
  if (b.cancelled) lines.push("STATUS:CANCELLED");
  if (shape === "booking") lines.push("SUMMARY:CLOSED - Not available");
  else if (shape === "vrbo") lines.push(`SUMMARY:Reserved - ${b.guestName ?? "Guest"}`);
  else {
    const code = `HM${createHash("sha1").update(b.uid).digest("hex").slice(0, 8).toUpperCase()}`;
    lines.push(`DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/${code}${b.phoneLast4 ? `\\nPhone Number (Last 4 Digits): ${b.phoneLast4}` : ""}`);
    lines.push(b.guestName ? `SUMMARY:${b.guestName}` : "SUMMARY:Reserved");
  }
  return [...lines, "END:VEVENT"];
}

/** The calendar as the platform would export it: CRLF lines, folded at 75 octets. */
export function calendarText(calendar: DemoCalendar): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//Keyhost demo//${calendar.shape}//EN`, "CALSCALE:GREGORIAN"];
  for (const b of calendar.bookings.values()) lines.push(...event(calendar.shape, b, stamp));
  lines.push("END:VCALENDAR");
  return lines.map((line) => line.match(/.{1,74}/g)!.join("\r\n ")).join("\r\n") + "\r\n";
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
export const demoBookingSchema = z.strictObject({
  uid: z.string().min(1).max(200).optional(),
  arrival: date,
  departure: date,
  guestName: z.string().max(60).nullable().optional(),
  phoneLast4: z.string().regex(/^\d{4}$/).nullable().optional(),
});
export const demoMoveSchema = z.strictObject({ arrival: date, departure: date });
