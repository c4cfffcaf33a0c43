import { describe, expect, it } from "vitest";
import { parseFeed } from "@/lib/calendar/parse";
import { calendarNamed, calendarText, demoCalendars, resetDemoCalendars } from "./calendars";

describe("demo calendars", () => {
  it("export Airbnb- and Booking.com-shaped feeds that Keyhost's parser reads as the bookings they hold", () => {
    resetDemoCalendars();
    const airbnb = parseFeed(calendarText(demoCalendars().get("airbnb")!));
    expect(airbnb).toHaveLength(2);
    expect(airbnb[0]).toMatchObject({ blocked: false, phoneLast4: "4376", reservationCode: expect.stringMatching(/^HM[0-9A-F]{8}$/) });
    const booking = calendarText(demoCalendars().get("booking")!);
    expect(parseFeed(booking)[0]?.blocked).toBe(true);
    expect(parseFeed(booking, { everyEventIsBooking: true })[0]?.blocked).toBe(false);
    const named = calendarNamed("vrbo-test");
    named.bookings.set("u", { uid: "u", arrival: "2027-01-01", departure: "2027-01-03", guestName: "Maria Fernández-Castellanos de la Vega y Montoya-Ruiz Olé", phoneLast4: null, cancelled: true });
    expect(parseFeed(calendarText(named))).toMatchObject([{ cancelled: true, guestName: "Maria Fernández-Castellanos de la Vega y Montoya-Ruiz Olé" }]);
  });
});
