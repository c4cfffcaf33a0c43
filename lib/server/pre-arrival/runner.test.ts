import { afterEach, describe, expect, it, vi } from "vitest";
import { createMailer } from "@/lib/mail/mailer";
import { createProperty, updateProperty } from "@/lib/server/properties/service";
import { propertyPatchSchema } from "@/lib/properties/schema";
import { createStay } from "@/lib/server/stays/service";
import { LOCKS } from "@/lib/simulator/test-support";
import { startLocalSmtpServer, type LocalSmtpServer } from "@/test/local-smtp-server";
import { DELAY, fakeDateInEachTest, later, simulatedContext, WINDOW } from "@/test/simulated-context";
import { createCheckStore } from "@/lib/server/checks/store";
import { createHostLocaleStore } from "./host-locale";
import { createCheckRunner } from "./runner";

fakeDateInEachTest(); // 2026-11-23T10:00Z

const APP = "https://keyhost.example";
const HOST = "host@example.com";
/** Ida arrives on 24 Nov at the property's 15:00 in Berlin: 14:00Z. */
const TWO_HOURS_BEFORE = new Date("2026-11-24T12:00:00Z");

const servers: LocalSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A stay at a flat of two Berlin doors, its code saved on both, and a check runner mailing a local SMTP server. */
async function world(options: { breakBeforeStay?: (sim: Awaited<ReturnType<typeof simulatedContext>>["sim"]) => void; at?: Date } = {}) {
  const smtp = await startLocalSmtpServer();
  servers.push(smtp);
  const { sim, db, ctx } = await simulatedContext({ tokenTtlSeconds: 30 * 86_400 });
  const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin, LOCKS.berlinBuilding] });
  options.breakBeforeStay?.(sim);
  if (options.at) vi.setSystemTime(options.at);
  const stay = await createStay(ctx, { guestName: "Ida Kern", arrival: "2026-11-24", departure: "2026-11-26", propertyId: flat.id });
  await later(ctx, DELAY + 1);
  const runner = () =>
    createCheckRunner({
      db, engine: ctx.engine, ledger: ctx.ledger, nukiFor: async () => ctx.nuki, appUrl: APP,
      mailer: createMailer({ url: smtp.url, from: "Keyhost <keys@keyhost.test>" }),
      recipient: async () => HOST,
    });
  return { sim, db, ctx, smtp, stay, runner: runner(), another: runner(), checks: createCheckStore(db) };
}

describe("pre-arrival checks and host alerts", () => {
  it("sends nothing for a healthy stay, and keeps each check's outcome", async () => {
    const { smtp, stay, runner, checks } = await world();
    await runner.tick();
    vi.setSystemTime(new Date("2026-11-23T14:00:00Z"));
    await runner.tick();
    vi.setSystemTime(TWO_HOURS_BEFORE);
    await runner.tick();
    await runner.tick();
    expect(smtp.received).toHaveLength(0);
    const found = (await checks.checksOf([stay.id])).get(stay.id);
    expect(found?.map((c) => [c.hoursBefore, c.dueAt, c.problems.length])).toEqual([
      [2, "2026-11-24T12:00:00.000Z", 0],
      [24, "2026-11-23T14:00:00.000Z", 0],
    ]);
  });

  it.each([
    ["the lock went offline", "offline", { serverState: 4 }, { serverState: 0 }, /Berlin Apartment is offline/, /power and its Wi-Fi or bridge/],
    ["the keypad battery turned critical", "keypad_battery", { keypadBatteryCritical: true }, { keypadBatteryCritical: false }, /keypad's battery is critical/, /Replace the keypad's batteries/],
  ] as const)("2 h before check-in, %s: one alert e-mail, then one resolved note", async (_, kind, broken, fixed, what, fix) => {
    const { sim, smtp, stay, runner, another, checks } = await world();
    vi.setSystemTime(TWO_HOURS_BEFORE);
    sim.patchLock(LOCKS.berlin, broken);
    // Two instances on one database, at the same moment: the check and its e-mail happen once.
    await Promise.all([runner.tick(), another.tick()]);
    expect(smtp.received).toHaveLength(1);
    const alert = smtp.received[0]!;
    expect(alert.envelopeTo).toEqual([HOST]);
    expect(alert.subject).toBe("Check-in at risk: Berlin Apartment for Ida Kern");
    expect(alert.text).toContain("Ida Kern arrives at Flat on 24 Nov 2026, 15:00 (Europe/Berlin).");
    expect(alert.text).toContain("Door: Berlin Apartment");
    expect(alert.text).toMatch(what);
    expect(alert.text).toMatch(fix);
    expect(alert.text).toContain(`Open it: ${APP}/locks/${LOCKS.berlin}`);
    expect(alert.text).toContain(`${APP}/stays/${stay.id}`);
    expect(alert.text).toContain("check 2 h before check-in");
    expect(alert.text).not.toContain(stay.code);

    // Still broken a few minutes on: never repeated.
    for (let i = 0; i < 3; i++) {
      vi.setSystemTime(new Date(Date.now() + 60_000));
      await Promise.all([runner.tick(), another.tick()]);
    }
    expect(smtp.received).toHaveLength(1);
    expect((await checks.openAlerts("acct")).map((a) => a.key)).toHaveLength(1);

    sim.patchLock(LOCKS.berlin, fixed);
    vi.setSystemTime(new Date(Date.now() + 60_000));
    await Promise.all([runner.tick(), another.tick()]);
    await runner.tick();
    expect(smtp.received).toHaveLength(2);
    const resolved = smtp.received[1]!;
    expect(resolved.subject).toBe("Resolved: Berlin Apartment for Ida Kern");
    expect(resolved.text).toMatch(what);
    expect(resolved.text).not.toContain(stay.code);
    expect(await checks.openAlerts("acct")).toEqual([]);
    // What the check found at its time stays as it was.
    expect((await checks.checksOf([stay.id])).get(stay.id)?.[0]?.problems.map((p) => [p.lockName, p.kind])).toEqual([["Berlin Apartment", kind]]);
  });

  it("a code that Nuki never applied: one alert naming the door and the Retry step", async () => {
    const { smtp, stay, runner, ctx } = await world({ breakBeforeStay: (sim) => sim.setFaults({ smartlockId: LOCKS.berlinBuilding, rateDropWrite: 1 }) });
    for (let i = 0; i < 4; i++) await later(ctx, WINDOW + 1);
    vi.setSystemTime(TWO_HOURS_BEFORE);
    await runner.tick();
    await runner.tick();
    expect(smtp.received.map((m) => m.subject)).toEqual(["Check-in at risk: Berlin Building Door for Ida Kern"]);
    expect(smtp.received[0]!.text).toMatch(/could not be saved on Berlin Building Door/);
    expect(smtp.received[0]!.text).toMatch(/press Retry/);
    expect(smtp.received[0]!.text).not.toContain(stay.code);
  });

  it("writes to a host who reads Keyhost in German in German", async () => {
    const { sim, db, smtp, runner } = await world();
    await createHostLocaleStore(db).set("acct", "de");
    vi.setSystemTime(TWO_HOURS_BEFORE);
    sim.patchLock(LOCKS.berlin, { serverState: 4 });
    await runner.tick();
    expect(smtp.received.map((m) => m.subject)).toEqual(["Check-in gefährdet: Berlin Apartment für Ida Kern"]);
    expect(smtp.received[0]!.text).toContain("Ida Kern reist am 24. Nov. 2026, 15:00 (Europe/Berlin) in Flat an.");
    expect(smtp.received[0]!.text).toContain("Was nicht stimmt: Berlin Apartment ist offline");
  });

  it("checks at the property's own hours once the host set them, not at the default 24 h and 2 h", async () => {
    const { ctx, stay, runner, checks } = await world();
    await updateProperty(ctx, stay.propertyId, propertyPatchSchema.parse({ checkHours: [6, 26, 6] }));
    const ran = async () => (await checks.checksOf([stay.id])).get(stay.id)?.map((c) => [c.hoursBefore, c.dueAt]) ?? [];
    await runner.tick();
    expect(await ran()).toEqual([]);
    // 26 h before the 14:00Z check-in; then 24 h before, which is no longer one of its times.
    vi.setSystemTime(new Date("2026-11-23T12:00:00Z"));
    await runner.tick();
    vi.setSystemTime(new Date("2026-11-23T14:00:00Z"));
    await runner.tick();
    expect(await ran()).toEqual([[26, "2026-11-23T12:00:00.000Z"]]);
    vi.setSystemTime(new Date("2026-11-24T08:00:00Z"));
    await runner.tick();
    vi.setSystemTime(TWO_HOURS_BEFORE);
    await runner.tick();
    expect(await ran()).toEqual([[6, "2026-11-24T08:00:00.000Z"], [26, "2026-11-23T12:00:00.000Z"]]);
  });

  it("judges a stay made inside its check time once its codes have landed, not while they are on their way", async () => {
    const smtp = await startLocalSmtpServer();
    servers.push(smtp);
    const { db, ctx } = await simulatedContext({ tokenTtlSeconds: 30 * 86_400 });
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin, LOCKS.berlinBuilding] });
    vi.setSystemTime(TWO_HOURS_BEFORE);
    const stay = await createStay(ctx, { guestName: "Ida Kern", arrival: "2026-11-24", departure: "2026-11-26", propertyId: flat.id });
    const runner = createCheckRunner({ db, engine: ctx.engine, ledger: ctx.ledger, nukiFor: async () => ctx.nuki, appUrl: APP, mailer: createMailer({ url: smtp.url, from: "keys@keyhost.test" }), recipient: async () => HOST });
    const checks = createCheckStore(db);
    await runner.tick();
    expect((await checks.checksOf([stay.id])).get(stay.id)).toBeUndefined();
    await later(ctx, DELAY + 1);
    await runner.tick();
    expect((await checks.checksOf([stay.id])).get(stay.id)?.map((c) => [c.hoursBefore, c.problems.length])).toEqual([[2, 0]]);
    expect(smtp.received).toHaveLength(0);
  });

  it("keeps the alert in the app when e-mail is not set up", async () => {
    const { sim, db, ctx, smtp } = await world();
    const quiet = createCheckRunner({ db, engine: ctx.engine, ledger: ctx.ledger, nukiFor: async () => ctx.nuki, appUrl: APP, mailer: createMailer(null), recipient: async () => HOST });
    vi.setSystemTime(TWO_HOURS_BEFORE);
    sim.patchLock(LOCKS.berlin, { serverState: 4 });
    await quiet.tick();
    expect(smtp.received).toHaveLength(0);
    expect((await createCheckStore(db).openAlerts("acct")).map((a) => a.problem.kind)).toEqual(["offline"]);
  });
});
