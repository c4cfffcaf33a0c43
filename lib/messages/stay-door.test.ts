import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "@/lib/pins/types";
import { stayMessageData, stayReadiness, type StayMessageDoor } from "./stay-door";
import { translateIn } from "@/lib/i18n/translate";
import { renderGuestMessage } from "./render";

const t = translateIn("en", "guestMessages");

const pin = (over: Partial<NonNullable<StayMessageDoor["pin"]>> = {}): NonNullable<StayMessageDoor["pin"]> => ({
  status: "saved", enabled: true, validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", weekdays: [...WEEKDAYS], dailyFrom: null, dailyUntil: null, ...over,
});
const door = (lockName: string, over: Partial<StayMessageDoor> = {}): StayMessageDoor => ({ lockName, timeZone: "Europe/Berlin", pin: pin(), ...over });

describe("stayReadiness", () => {
  it("is ready only when every door's PIN is saved and enabled", () => {
    expect(stayReadiness([door("Berlin Apartment"), door("Berlin Building Door")], t)).toEqual({ ready: true });
  });

  it("names the doors that are not saved yet, each with why", () => {
    const readiness = stayReadiness([door("Berlin Apartment"), door("Berlin Building Door", { pin: pin({ status: "pending" }) })], t);
    expect(readiness).toMatchObject({ ready: false, code: "pin_not_saved" });
    expect(readiness.ready ? "" : readiness.reason).toMatch(/^The code may not open Berlin Building Door yet\. Berlin Building Door: This PIN is still being saved/);
    expect(readiness.ready ? "" : readiness.reason).not.toMatch(/Berlin Apartment/);
  });

  it("lists several doors, and a door whose PIN is gone", () => {
    const readiness = stayReadiness([door("A", { pin: pin({ status: "failed", statusReason: "The lock is offline." }) }), door("B", { pin: null }), door("C")], t);
    expect(readiness.ready ? "" : readiness.reason).toMatch(/^The code may not open A and B yet\. A: .*offline\. B: The PIN is no longer on this door/);
  });

  it("answers pin_disabled only when no door is unsaved, and is never ready without doors", () => {
    expect(stayReadiness([door("A", { pin: pin({ enabled: false }) }), door("B")], t)).toMatchObject({ ready: false, code: "pin_disabled" });
    expect(stayReadiness([door("A", { pin: pin({ enabled: false }) }), door("B", { pin: pin({ status: "pending" }) })], t)).toMatchObject({ code: "pin_not_saved" });
    expect(stayReadiness([], t)).toMatchObject({ ready: false, code: "pin_not_saved" });
  });
});

describe("stayMessageData", () => {
  it("is the guest's full name, the stay's code, and each door with its own window and zone", () => {
    const doors = [door("Berlin Apartment"), door("Lisbon Loft", { timeZone: "Europe/Lisbon", pin: pin({ validFrom: "2027-01-08T14:00" }) }), door("Gone door", { pin: null })];
    const data = stayMessageData({ guestName: "Marta Kowalska", code: "583926" }, doors, "Kastanienallee Flat");
    expect(data).toEqual({
      guestName: "Marta Kowalska",
      code: "583926",
      propertyName: "Kastanienallee Flat",
      doors: [
        { name: "Berlin Apartment", timeZone: "Europe/Berlin", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", hours: null },
        { name: "Lisbon Loft", timeZone: "Europe/Lisbon", validFrom: "2027-01-08T14:00", validUntil: "2027-01-10T11:00", hours: null },
      ],
    });
    const { text } = renderGuestMessage("{doors}", data);
    expect(text).toBe("- Berlin Apartment: Fri 8 Jan 2027, 15:00 until Sun 10 Jan 2027, 11:00 (Europe/Berlin)\n- Lisbon Loft: Fri 8 Jan 2027, 14:00 until Sun 10 Jan 2027, 11:00 (Europe/Lisbon)");
  });

  it("names both doors once when they share a window", () => {
    const data = stayMessageData({ guestName: "Ana", code: "583926" }, [door("Berlin Apartment"), door("Berlin Building Door")]);
    expect(renderGuestMessage(null, data).text).toContain("Opens: Berlin Apartment and Berlin Building Door\nValid from: Fri 8 Jan 2027, 15:00 (Europe/Berlin)");
    expect(renderGuestMessage(null, data).subject).toBe("Your door code for Berlin Apartment and Berlin Building Door");
  });

  it("speaks German in a German message, while the host's reason is in the host's language", () => {
    const doors = [door("Berlin Apartment"), door("Berlin Building Door", { pin: pin({ status: "pending" }) })];
    const { subject, text } = renderGuestMessage(null, stayMessageData({ guestName: "Ana", code: "583926" }, doors, "Kastanienallee", "de"), "de");
    expect(subject).toBe("Ihr Türcode für Kastanienallee");
    expect(text).toContain("Öffnet: Berlin Apartment und Berlin Building Door\nGültig ab: Fr., 8. Jan. 2027, 15:00 (Europe/Berlin)\nGültig bis: So., 10. Jan. 2027, 11:00 (Europe/Berlin)");
    const readiness = stayReadiness(doors, translateIn("de", "guestMessages"));
    expect(readiness.ready ? "" : readiness.reason).toMatch(/^Der Code öffnet Berlin Building Door vielleicht noch nicht\. Berlin Building Door: Diese PIN wird noch/);
  });
});
