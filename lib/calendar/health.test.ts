import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { feedHealth } from "./health";
import { storedMessage } from "@/lib/i18n/stored-text";
import type { Feed } from "./types";

const feed: Feed = {
  id: "f", propertyId: "p", label: "Airbnb", url: "https://x", everyEventIsBooking: false, lastSuccessAt: "2027-01-01T10:00:00Z",
  lastAttemptAt: "2027-01-01T10:00:00Z", lastError: null, bookingsSeen: 1, waitingForConfirmation: false, nextSyncAt: "2027-01-01T10:15:00Z",
};
const NOW = Date.parse("2027-01-01T10:03:00Z");
const en = translateIn("en", "calendar");
const de = translateIn("de", "calendar");

describe("feedHealth", () => {
  it("says when the feed was read, what it holds and when it is read next", () => {
    expect(feedHealth(feed, NOW, en)).toEqual({ tone: "good", summary: "Read 3 min ago · 1 booking · next sync in 12 min", problem: null });
  });
  it("puts the last error, or the wait for the host, first", () => {
    expect(feedHealth({ ...feed, lastError: "The platform's server failed (500)." }, NOW, en)).toMatchObject({ tone: "bad", problem: "The platform's server failed (500)." });
    expect(feedHealth({ ...feed, waitingForConfirmation: true }, NOW, en)).toMatchObject({ tone: "warn", problem: expect.stringMatching(/until you confirm/) });
    expect(feedHealth({ ...feed, lastSuccessAt: null }, NOW, en).summary).toMatch(/^Not read yet/);
  });
  it("puts a stored error in the reader's language, and speaks German", () => {
    const stored = storedMessage("calendar.feedError.serverFailed", { status: 500 });
    expect(feedHealth({ ...feed, lastError: stored }, NOW, en).problem).toBe("The platform's server failed (500). Keyhost tries again at the next sync.");
    expect(feedHealth({ ...feed, lastError: stored, bookingsSeen: 2 }, NOW, de)).toEqual({
      tone: "bad",
      summary: "Gelesen vor 3 Min. · 2 Buchungen · nächster Abgleich in 12 Min.",
      problem: "Der Server der Plattform hatte einen Fehler (500). Keyhost versucht es beim nächsten Abgleich erneut.",
    });
  });
});
