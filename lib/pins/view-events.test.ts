import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import type { PinEvent } from "./types";
import { describeEvent as describe_, eventTime, eventTone, nukiAnswer as answer } from "./view-events";

const t = translateIn("en", "pins");
const describeEvent = (e: PinEvent) => describe_(e, t);
const nukiAnswer = (e: Pick<PinEvent, "type" | "httpStatus">) => answer(e, t);

const event = (patch: Partial<PinEvent>): PinEvent => ({
  id: "e1",
  pinId: "p1",
  pinName: "Guest",
  at: "2027-01-08T04:00:00.000Z",
  type: "requested",
  actor: "Ana",
  action: "create",
  httpStatus: null,
  detail: null,
  ...patch,
});

describe("describeEvent", () => {
  it("says what the host asked for", () => {
    expect(describeEvent(event({ action: "create" }))).toBe("Asked to create the PIN");
    expect(describeEvent(event({ action: "repair" }))).toBe("Asked to repair the PIN");
    expect(describeEvent(event({ action: "sync" }))).toBe("Asked to sync");
    expect(describeEvent(event({ action: null }))).toBe("Asked for a change");
  });

  it("says how a write to Nuki went", () => {
    expect(describeEvent(event({ type: "attempt", action: "update", httpStatus: 204 }))).toBe("Sent to Nuki (changing): accepted");
    expect(describeEvent(event({ type: "attempt", action: "create", httpStatus: 422 }))).toBe("Sent to Nuki (creating): refused");
    expect(describeEvent(event({ type: "attempt", action: null, httpStatus: null }))).toBe("Sent to Nuki: no answer");
  });

  it("names every outcome", () => {
    expect(describeEvent(event({ type: "confirmed" }))).toBe("Seen on the lock");
    expect(describeEvent(event({ type: "confirmed", action: "delete" }))).toBe("Gone from the lock, as asked");
    expect(describeEvent(event({ type: "drift" }))).toBe("Changed in the Nuki app");
    expect(describeEvent(event({ type: "repaired" }))).toBe("Put back as the host set it");
    expect(describeEvent(event({ type: "failed" }))).toBe("Could not be saved");
    expect(describeEvent(event({ type: "adopted" }))).toBe("Taken over by Keyhost");
    expect(describeEvent(event({ type: "gone" }))).toBe("Gone from the lock");
  });
});

describe("eventTone", () => {
  it("marks good, bad and worrying outcomes", () => {
    expect(eventTone(event({ type: "confirmed" }))).toBe("good");
    expect(eventTone(event({ type: "failed" }))).toBe("bad");
    expect(eventTone(event({ type: "drift" }))).toBe("warn");
    expect(eventTone(event({ type: "attempt", httpStatus: 204 }))).toBe("info");
    expect(eventTone(event({ type: "attempt", httpStatus: 503 }))).toBe("bad");
    expect(eventTone(event({ type: "attempt", httpStatus: null }))).toBe("bad");
    expect(eventTone(event({ type: "requested" }))).toBe("neutral");
  });
});

describe("nukiAnswer", () => {
  it("gives Nuki's status with a short meaning", () => {
    expect(nukiAnswer(event({ type: "attempt", httpStatus: 204 }))).toBe("Nuki answered 204 (accepted)");
    expect(nukiAnswer(event({ type: "attempt", httpStatus: 423 }))).toBe("Nuki answered 423 (the lock is busy)");
    expect(nukiAnswer(event({ type: "attempt", httpStatus: 502 }))).toBe("Nuki answered 502 (Nuki had a problem)");
    expect(nukiAnswer(event({ type: "attempt", httpStatus: 418 }))).toBe("Nuki answered 418 (refused)");
    expect(answer(event({ type: "attempt", httpStatus: 423 }), translateIn("de", "pins"))).toBe("Nuki antwortete 423 (das Schloss ist beschäftigt)");
  });

  it("says when no answer came, and nothing for events that asked Nuki nothing", () => {
    expect(nukiAnswer(event({ type: "attempt", httpStatus: null }))).toBe("No answer from Nuki");
    expect(nukiAnswer(event({ type: "confirmed", httpStatus: null }))).toBeNull();
  });
});

describe("eventTime", () => {
  it("shows the instant in the lock's zone", () => {
    expect(eventTime("2027-01-08T04:00:00.000Z", "Australia/Sydney")).toBe("8 Jan 2027, 15:00");
    expect(eventTime("2027-01-08T04:00:00.000Z", "Europe/Berlin")).toBe("8 Jan 2027, 05:00");
    expect(eventTime("2027-01-08T04:00:00.000Z", "Europe/Berlin", "de")).toBe("8. Jan. 2027, 05:00");
  });

  it("keeps an unreadable timestamp as it came", () => {
    expect(eventTime("yesterday", "Europe/Berlin")).toBe("yesterday");
  });
});
