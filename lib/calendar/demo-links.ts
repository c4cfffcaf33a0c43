import type { FeedLabel } from "./types";

export interface DemoFeedLink {
  label: FeedLabel;
  url: string;
}

/** The demo's own booking calendars (served under /sim/calendars in demo mode), one click to add. */
export function demoFeedLinks(appUrl: string): DemoFeedLink[] {
  return [
    { label: "Airbnb", url: `${appUrl}/sim/calendars/airbnb.ics` },
    { label: "Booking.com", url: `${appUrl}/sim/calendars/booking.ics` },
  ];
}
