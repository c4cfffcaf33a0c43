import { describe, expect, it, vi } from "vitest";
import { capacityUsage } from "@/lib/pins/capacity";
import { call, LOCKS } from "@/lib/simulator/test-support";
import { messageForStay } from "@/lib/server/messages/stay-message";
import { listPins } from "@/lib/server/pins/service";
import { createProperty } from "@/lib/server/properties/service";
import { createStay } from "@/lib/server/stays/service";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { keepBackupCodesFresh } from "./replace";
import { listLockPins } from "./lock-pins";
import { addBackupCode, listBackupCodes, offerBackupCode, removeBackupCode, type BackupContext } from "./service";
import { createBackupStore } from "./store";
import { storedText } from "@/lib/i18n/stored-text";
import { translateIn } from "@/lib/i18n/translate";

const DOORS = [LOCKS.berlin, LOCKS.berlinBuilding, LOCKS.auckland]; // the last has no keypad

fakeDateInEachTest();

async function backupWorld() {
  const world = await simulatedContext({ tokenTtlSeconds: 30 * 86_400 });
  const ctx: BackupContext = { ...world.ctx, backups: createBackupStore(world.db) };
  const property = await createProperty(ctx, { name: "Seaside Flat", lockIds: DOORS });
  return { ...world, ctx, property };
}

const onLock = (sim: Awaited<ReturnType<typeof simulatedContext>>["sim"], code: string) =>
  [...sim.data.auths.values()].filter((a) => a.type === 13 && String(a.code) === code).map((a) => a.smartlockId).sort();

describe("backup codes against the simulator", () => {
  it("are created on every keypad door through the ledger, valid at all times, and count against capacity", { timeout: 30_000 }, async () => {
    const { sim, ctx, property } = await backupWorld();
    const before = (await listPins(ctx, LOCKS.berlin)).length;
    const [first] = await addBackupCode(ctx, property.id);
    expect(first).toMatchObject({ slot: 1, name: "Backup 1 · Seaside", ready: false });
    expect(first!.doors.map((d) => d.status)).toEqual(["pending", "pending", null]);
    expect(storedText(first!.doors[2]!.problem!, { backupCodes: translateIn("en", "backupCodes") })).toBe("PINs cannot be added until a keypad is paired.");
    await later(ctx, DELAY + 1);
    const [saved] = await listBackupCodes(ctx, property.id);
    expect(saved).toMatchObject({ ready: true, code: first!.code });
    expect(onLock(sim, first!.code)).toEqual([LOCKS.berlin, LOCKS.berlinBuilding].sort());
    const pin = (await listPins(ctx, LOCKS.berlin)).find((p) => p.code === first!.code)!;
    expect(pin).toMatchObject({ managed: true, status: "saved", validFrom: null, validUntil: null, dailyFrom: null });
    expect(capacityUsage((await listPins(ctx, LOCKS.berlin)).length).used).toBe(before + 1);
    // The lock's list marks it as the property's backup code, and nothing else.
    const listed = await listLockPins(ctx, LOCKS.berlin);
    expect(listed.filter((p) => p.backup).map((p) => [p.id, p.backup])).toEqual([[pin.id, { propertyId: property.id, propertyName: "Seaside Flat", slot: 1 }]]);
    expect(listed).toHaveLength(before + 1);

    // At most three; each with its own code; the newest goes first.
    await addBackupCode(ctx, property.id);
    const three = await addBackupCode(ctx, property.id);
    expect(three.map((b) => b.slot)).toEqual([1, 2, 3]);
    expect(new Set(three.map((b) => b.code)).size).toBe(3);
    await expect(addBackupCode(ctx, property.id)).rejects.toMatchObject({ code: "backup_codes_full" });
    const two = await removeBackupCode(ctx, property.id);
    expect(two.map((b) => b.slot)).toEqual([1, 2]);
  });

  it("is offered in a not-ready stay's message, then replaced on every door after the stay that used it", { timeout: 30_000 }, async () => {
    const { sim, ctx, property } = await backupWorld();
    const [backup] = await addBackupCode(ctx, property.id);
    await later(ctx, DELAY + 1);

    // Anna arrives today; her code is still on its way to the doors.
    const stay = await createStay(ctx, { guestName: "Anna", arrival: "2026-11-23", departure: "2026-11-25", propertyId: property.id });
    const notReady = await messageForStay(ctx, stay.id);
    expect(notReady.ready).toBe(false);
    expect(notReady.text).not.toMatch(/backup/);
    const offer = await offerBackupCode(ctx, stay.id);
    expect(offer).toMatchObject({ code: backup!.code, line: `If the code does not work, use the backup code ${backup!.code} on any door.` });
    expect((await messageForStay(ctx, stay.id)).text.endsWith(offer.line)).toBe(true);

    // 17:00 in Berlin: she types the backup code on the building door.
    vi.setSystemTime(new Date("2026-11-23T16:00:00Z"));
    const typed = await call(sim, "POST", `/_control/locks/${LOCKS.berlinBuilding}/keypad`, { json: { code: Number(backup!.code) } });
    expect(typed.body).toMatchObject({ opened: true });
    expect(await keepBackupCodesFresh(ctx, Date.now())).toBe(0);
    const [used] = await listBackupCodes(ctx, property.id);
    expect(used).toMatchObject({ usedAt: "2026-11-23T16:00:00.000Z", givenStayId: stay.id, replaceAfter: "2026-11-25T10:00:00.000Z" }); // 11:00 Berlin

    // After check-out: a new code on every door, the old one deleted.
    vi.setSystemTime(new Date("2026-11-25T10:00:01Z"));
    expect(await keepBackupCodesFresh(ctx, Date.now())).toBe(1);
    await later(ctx, DELAY + 1);
    const [fresh] = await listBackupCodes(ctx, property.id);
    expect(fresh).toMatchObject({ slot: 1, ready: true, usedAt: null, givenStayId: null, replaceAfter: null });
    expect(fresh!.code).not.toBe(backup!.code);
    expect(onLock(sim, fresh!.code)).toEqual([LOCKS.berlin, LOCKS.berlinBuilding].sort());
    expect(onLock(sim, backup!.code)).toEqual([]);
    expect(await keepBackupCodesFresh(ctx, Date.now())).toBe(0);
  });

  it("says what to do when the property has no backup code", async () => {
    const { ctx, property } = await backupWorld();
    const stay = await createStay(ctx, { guestName: "Ben", arrival: "2026-12-01", departure: "2026-12-03", propertyId: property.id });
    await expect(offerBackupCode(ctx, stay.id)).rejects.toMatchObject({ code: "no_backup_code", message: expect.stringMatching(/Add one on the property's page/) });
    await expect(removeBackupCode(ctx, property.id)).rejects.toMatchObject({ code: "no_backup_code" });
  });
});
