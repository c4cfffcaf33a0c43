import { describe, expect, it } from "vitest";
import { createProperty } from "@/lib/server/properties/service";
import { LOCKS } from "@/lib/simulator/test-support";
import { cancelStay, createStay } from "@/lib/server/stays/service";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { createStayLanguageStore } from "./stay-language";
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
      language: "en",
      ready: true,
    });

    await cancelStay(ctx, stay.id);
    expect(await messageForStay(ctx, stay.id)).toMatchObject({ ready: false, notReadyReason: expect.stringMatching(/cancelled/) });
  });

  it("writes a German message for an English host, in the property's language unless another is chosen or remembered", async () => {
    const { ctx, db } = await simulatedContext();
    const languages = createStayLanguageStore(db);
    const flat = await createProperty(ctx, { name: "Seeblick", lockIds: [LOCKS.berlin], messageLanguage: "de" });
    expect(flat).toMatchObject({ messageLanguage: "de", messageTemplate: null, messageTemplateDe: null });
    const stay = await createStay(ctx, { guestName: "Jonas Becker", arrival: "2026-12-05", departure: "2026-12-07", propertyId: flat.id });
    await later(ctx, DELAY + 1);

    const german = await messageForStay({ ...ctx, languages }, stay.id, { hostLocale: "en" });
    expect(german).toMatchObject({ language: "de", subject: "Ihr Türcode für Seeblick", ready: true });
    expect(german.text).toMatch(/^Hallo Jonas Becker,\n\nwir freuen uns auf Ihren Aufenthalt in Seeblick!/);
    expect(german.text).toContain(`\n${stay.code}\n`);
    expect(german.text).toContain("Öffnet: Berlin Apartment\nGültig ab: Sa., 5. Dez. 2026, 15:00 (Europe/Berlin)\nGültig bis: Mo., 7. Dez. 2026, 11:00 (Europe/Berlin)");

    // A guest from Italy gets the English message: asked for once, remembered on the stay.
    expect(await messageForStay({ ...ctx, languages }, stay.id, { language: "en" })).toMatchObject({ language: "en", subject: "Your door code for Seeblick" });
    await languages.set(ctx.accountId, stay.id, "en");
    expect(await languages.get(ctx.accountId, stay.id)).toBe("en");
    expect(await languages.get("someone-else", stay.id)).toBeNull();
    const remembered = await messageForStay({ ...ctx, languages }, stay.id);
    expect(remembered.language).toBe("en");
    expect(remembered.text).toContain("Valid from: Sat 5 Dec 2026, 15:00 (Europe/Berlin)");
    // Without the store (background work) the property's language applies.
    expect((await messageForStay(ctx, stay.id)).language).toBe("de");
  });

  it("says a cancelled stay's reason in the host's language", async () => {
    const { ctx } = await simulatedContext();
    const flat = await createProperty(ctx, { name: "Seeblick", lockIds: [LOCKS.berlin] });
    const stay = await createStay(ctx, { guestName: "Jonas Becker", arrival: "2026-12-05", departure: "2026-12-07", propertyId: flat.id });
    await cancelStay(ctx, stay.id);
    expect(await messageForStay(ctx, stay.id, { hostLocale: "de" })).toMatchObject({ language: "en", ready: false, notReadyReason: expect.stringMatching(/^Dieser Aufenthalt ist storniert/) });
  });

  it("answers 404 for a stay of another account or none", async () => {
    const { ctx } = await simulatedContext();
    await expect(messageForStay(ctx, "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11")).rejects.toMatchObject({ code: "not_found" });
  });
});
