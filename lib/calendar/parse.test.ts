import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeedError } from "./errors";
import { parseFeed, type Booking } from "./parse";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const byUid = (bookings: Booking[], uid: string) => bookings.find((b) => b.uid === uid);

describe("parseFeed", () => {
  it("reads Airbnb's reservations (URL, code, phone digits across a folded line) and its blocks", () => {
    const bookings = parseFeed(fixture("airbnb.ics"));
    expect(bookings).toHaveLength(3);
    expect(byUid(bookings, "1418fb94e984-7c6a1e1f0f1e0b5a3c2e@airbnb.com")).toEqual({
      uid: "1418fb94e984-7c6a1e1f0f1e0b5a3c2e@airbnb.com",
      arrival: "2027-01-08",
      departure: "2027-01-12",
      cancelled: false,
      blocked: false,
      guestName: null,
      phoneLast4: "4376",
      reservationCode: "HMQ4XZ8A2B",
      reservationUrl: "https://www.airbnb.com/hosting/reservations/details/HMQ4XZ8A2B",
    });
    expect(byUid(bookings, "1418fb94e984-99aa0c1d2e3f4a5b6c7d@airbnb.com")).toMatchObject({ blocked: true, arrival: "2027-01-15", departure: "2027-01-20" });
  });

  it("treats Booking.com's CLOSED events as blocks, or as bookings when the feed says every event is one", () => {
    expect(parseFeed(fixture("booking.ics")).every((b) => b.blocked)).toBe(true);
    const bookings = parseFeed(fixture("booking.ics"), { everyEventIsBooking: true });
    expect(bookings.map((b) => [b.arrival, b.departure, b.blocked, b.guestName])).toEqual([
      ["2027-03-05", "2027-03-09", false, null],
      ["2027-03-12", "2027-03-14", false, null],
    ]);
  });

  it("takes VRBO's guest name, its blocks and cancelled reservations from LF-only lines", () => {
    const bookings = parseFeed(fixture("vrbo.ics"));
    expect(bookings.map((b) => [b.guestName, b.blocked, b.cancelled])).toEqual([
      ["Maria Fernández", false, false],
      [null, true, false],
      ["Tom Becker", false, true],
    ]);
  });

  it("reads a Google Calendar export: TZID and UTC date-times by the day written, cancelled events", () => {
    const bookings = parseFeed(fixture("google.ics"));
    expect(byUid(bookings, "0f9k3l2m1n4o5p6q7r8s9t0u@google.com")).toMatchObject({ arrival: "2027-05-10", departure: "2027-05-14", guestName: "Familie Köhler", blocked: false });
    expect(byUid(bookings, "7h6g5f4e3d2c1b0a@google.com")).toMatchObject({ arrival: "2027-05-20", departure: "2027-05-22" });
    expect(byUid(bookings, "cancelled-1@google.com")).toMatchObject({ cancelled: true, guestName: "Lena Roth" });
  });

  it("answers garbage and web pages with a FeedError, never a crash", () => {
    for (const source of [fixture("garbage.ics"), fixture("html-page.ics"), "", "\u0000\u0001binary", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"]) {
      expect(() => parseFeed(source), JSON.stringify(source.slice(0, 30))).toThrow(FeedError);
    }
    expect(() => parseFeed(fixture("html-page.ics"))).toThrow(/web page/);
  });

  it("keeps one booking per UID and gives a day-long event a one-night stay", () => {
    const source = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:x", "DTSTART;VALUE=DATE:20270101", "SUMMARY:Old", "END:VEVENT", "BEGIN:VEVENT", "UID:x", "DTSTART;VALUE=DATE:20270102", "SUMMARY:New", "END:VEVENT", "BEGIN:VEVENT", "SUMMARY:no uid", "DTSTART;VALUE=DATE:20270101", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    expect(parseFeed(source)).toMatchObject([{ uid: "x", arrival: "2027-01-02", departure: "2027-01-03", guestName: "New" }]);
  });
});
