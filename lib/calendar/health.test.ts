import { describe, expect, it } from "vitest";
import { feedHealth } from "./health";
import type { Feed } from "./types";

const feed: Feed = {
  id: "f", propertyId: "p", label: "Airbnb", url: "https://x", everyEventIsBooking: false, lastSuccessAt: "2027-01-01T10:00:00Z",
  lastAttemptAt: "2027-01-01T10:00:00Z", lastError: null, bookingsSeen: 1, waitingForConfirmation: false, nextSyncAt: "2027-01-01T10:15:00Z",
};
const NOW = Date.parse("2027-01-01T10:03:00Z");

describe("feedHealth", () => {
  it("says when the feed was read, what it holds and when it is read next", () => {
    expect(feedHealth(feed, NOW)).toEqual({ tone: "good", summary: "Read 3 min ago · 1 booking · next sync in 12 min", problem: null });
  });
  it("puts the last error, or the wait for the host, first", () => {
    expect(feedHealth({ ...feed, lastError: "The platform's server failed (500)." }, NOW)).toMatchObject({ tone: "bad", problem: "The platform's server failed (500)." });
    expect(feedHealth({ ...feed, waitingForConfirmation: true }, NOW)).toMatchObject({ tone: "warn", problem: expect.stringMatching(/until you confirm/) });
    expect(feedHealth({ ...feed, lastSuccessAt: null }, NOW).summary).toMatch(/^Not read yet/);
  });
});
