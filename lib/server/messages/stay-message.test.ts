import { describe, expect, it } from "vitest";
import { createProperty } from "@/lib/server/properties/service";
import { LOCKS } from "@/lib/simulator/test-support";
import { cancelStay, createStay } from "@/lib/server/stays/service";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { messageForStay } from "./stay-message";

fakeDateInEachTest();

describe("a stay's guest message", () => {
  it("uses the property's template and name, the stay's code and every door with a PIN, ready once all are saved", async () => {
    const { ctx } = await simulatedContext();
    const flat = await createProperty(ctx, {
      name: "Kastanienallee Flat",
      lockIds: [LOCKS.berlin, LOCKS.berlinBuilding, LOCKS.auckland],
      messageTemplate: "Subject: {property} for {guest}\n{code} opens {doors} from {from} until {until}",
    });
    const stay = await createStay(ctx, { guestName: "Marta Kowalska", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    const pending = await messageForStay(ctx, stay.id);
    expect(pending).toMatchObject({ subject: "Kastanienallee Flat for Marta Kowalska", ready: false, notReadyCode: "pin_not_saved" });
    expect(pending.notReadyReason).toMatch(/^The code may not open Berlin Apartment and Berlin Building Door yet\./);

    await later(ctx, DELAY + 1);
    const saved = await messageForStay(ctx, stay.id);
    // The keypad-less Auckland Cottage got no PIN, so the guest is not told the code opens it.
    expect(saved).toEqual({
      subject: "Kastanienallee Flat for Marta Kowalska",
      text: `${stay.code} opens Berlin Apartment and Berlin Building Door from Fri 8 Jan 2027, 15:00 (Europe/Berlin) until Sun 10 Jan 2027, 11:00 (Europe/Berlin)`,
      ready: true,
    });

    await cancelStay(ctx, stay.id);
    expect(await messageForStay(ctx, stay.id)).toMatchObject({ ready: false, notReadyReason: expect.stringMatching(/cancelled/) });
  });

  it("answers 404 for a stay of another account or none", async () => {
    const { ctx } = await simulatedContext();
    await expect(messageForStay(ctx, "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11")).rejects.toMatchObject({ code: "not_found" });
  });
});
