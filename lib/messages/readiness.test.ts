import { describe, expect, it } from "vitest";
import type { Pin } from "@/lib/pins/types";
import { optimisticId } from "@/lib/pins/view-optimistic";
import { translateIn } from "@/lib/i18n/translate";
import { canMessagePin, pinReadiness as readinessIn } from "./readiness";

const pinReadiness = (input: Parameters<typeof readinessIn>[0]) => readinessIn(input, translateIn("en", "guestMessages"));

type Input = Parameters<typeof readinessIn>[0];
const pin = (over: Partial<Input> = {}): Input => ({ status: "saved", enabled: true, ...over });

describe("pinReadiness", () => {
  it("is ready only for a saved, enabled PIN", () => {
    expect(pinReadiness(pin())).toEqual({ ready: true });
  });

  it.each<[Pin["status"], RegExp]>([
    ["pending", /still being saved to the lock \(pending\): the code may not open the door yet/],
    ["deleting", /being deleted/],
    ["failed", /could not be saved.*will not open the door/],
    ["drifted", /changed on the lock \(drifted\).*Repair it first/],
    ["unmanaged", /does not look after this code.*Take it over/],
  ])("is not ready while %s, and says why", (status, reason) => {
    const readiness = pinReadiness(pin({ status }));
    expect(readiness).toMatchObject({ ready: false, code: "pin_not_saved" });
    expect(readiness.ready ? "" : readiness.reason).toMatch(reason);
  });

  it("passes on why a write failed", () => {
    expect(pinReadiness(pin({ status: "failed", statusReason: "The lock is offline." }))).toMatchObject({ reason: expect.stringMatching(/door\. The lock is offline\.$/) });
  });

  it("says a drifted PIN that is gone from the lock will not work at all", () => {
    const gone = pinReadiness(pin({ status: "drifted", drift: [{ field: "missing", wanted: true, actual: false }] }));
    expect(gone).toMatchObject({ ready: false, reason: expect.stringMatching(/gone from the lock.*will not open/) });
  });

  it("stops a saved but disabled PIN with its own code", () => {
    expect(pinReadiness(pin({ enabled: false }))).toMatchObject({ ready: false, code: "pin_disabled", reason: expect.stringMatching(/disabled/) });
  });
});

describe("pinReadiness in German", () => {
  it("tells the host why in the host's language", () => {
    expect(readinessIn(pin({ status: "pending" }), translateIn("de", "guestMessages"))).toMatchObject({ reason: expect.stringMatching(/^Diese PIN wird noch auf das Schloss übertragen/) });
  });
});

describe("canMessagePin", () => {
  it("offers a message for every PIN the server knows, except one being deleted", () => {
    const id = "6f1c0a52-3e0b-4a8e-9a57-2b1f0c9d4e11";
    expect(canMessagePin({ id, status: "pending" })).toBe(true);
    expect(canMessagePin({ id: "5f3a1b2c3d4e5f6a7b8c9d0e", status: "unmanaged" })).toBe(true);
    expect(canMessagePin({ id, status: "deleting" })).toBe(false);
    expect(canMessagePin({ id: optimisticId("583926"), status: "pending" })).toBe(false);
  });
});
