import { afterEach, describe, expect, it, vi } from "vitest";
import { createPin, deletePin, listPins } from "@/lib/server/pins/service";
import { appUpdateAuth } from "@/lib/simulator/app-changes";
import { OTHER_ACCOUNT_ID } from "@/lib/simulator/seed";
import { LOCKS } from "@/lib/simulator/test-support";
import { translateIn } from "@/lib/i18n/translate";
import { detailWords } from "@/lib/pins/event-detail";
import { OPEN_GUEST_PIN } from "@/test/pin-fixtures";
import { simulatedContext } from "@/test/simulated-context";
import { loadLock } from "./lock-data";
import { sendWrite } from "./send";
import { settleLock } from "./settle";

const BONDI = LOCKS.bondi;
const BERLIN = LOCKS.berlin;
let stop: (() => void) | undefined;

async function setup(propagationDelayMs: number) {
  const { sim, ctx } = await simulatedContext({ propagationDelayMs });
  const reads = () => sim.requests.filter((r) => r.method === "GET").map((r) => r.path);
  return { sim, ctx, reads };
}

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe("engine", () => {
  it("confirms a write with the listing of just the lock that is due", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") });
    const { sim, ctx, reads } = await setup(1_000);
    await createPin(ctx, BONDI, { name: "Due Guest" });
    sim.requests = [];
    vi.advanceTimersByTime(1_001);
    await ctx.engine.tick();
    expect(reads()).toEqual([`/smartlock/${BONDI}`, `/smartlock/${BONDI}/auth`]);
    expect((await listPins(ctx, BONDI)).find((p) => p.name === "Due Guest")).toMatchObject({ status: "saved" });
  });

  it("reads the account's two listings when PINs on several locks are due", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") });
    const { sim, ctx, reads } = await setup(1_000);
    await createPin(ctx, BONDI, { name: "Bondi Guest" });
    await createPin(ctx, BERLIN, { name: "Berlin Guest" });
    sim.requests = [];
    vi.advanceTimersByTime(1_001);
    await ctx.engine.tick();
    expect(reads().sort()).toEqual(["/smartlock", "/smartlock/auth"]);
    expect((await listPins(ctx, BERLIN)).find((p) => p.name === "Berlin Guest")).toMatchObject({ status: "saved" });
  });

  it("leaves the PINs of a lock that left the account alone for a while, whether it was due alone or with others", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") });
    const { sim, ctx, reads } = await setup(1_000);
    await createPin(ctx, BONDI, { name: "Bondi Guest" });
    await createPin(ctx, BERLIN, { name: "Berlin Guest" });
    sim.data.locks.get(BERLIN)!.accountId = OTHER_ACCOUNT_ID;
    vi.advanceTimersByTime(1_001);
    await ctx.engine.tick();
    expect((await listPins(ctx, BONDI)).find((p) => p.name === "Bondi Guest")).toMatchObject({ status: "saved" });
    const [berlin] = await ctx.ledger.open("acct", BERLIN);
    expect(berlin!.nextCheckAt).toBeGreaterThanOrEqual(Date.now() + 30_000);
    // Nothing is due now: the next passes read nothing, instead of the account's listings every time.
    sim.requests = [];
    vi.advanceTimersByTime(1_000);
    await ctx.engine.tick();
    expect(reads()).toEqual([]);
  });

  it.each([
    ["a page view sees it first", true],
    ["the engine's audit sees it first", false],
  ])("on an auto-repaired lock, a time window wiped in the Nuki app is recorded as drift and put back (%s)", async (_, pageViewFirst) => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") });
    const { sim, ctx } = await setup(1_000);
    await ctx.ledger.saveSettings("acct", BONDI, { autoRepair: true });
    const created = await createPin(ctx, BONDI, { name: "Window Guest", validFrom: "2026-12-04T15:00", validUntil: "2026-12-06T11:00" });
    vi.advanceTimersByTime(1_001);
    await ctx.engine.tick();
    const [saved] = await ctx.ledger.open("acct", BONDI);
    expect(saved).toMatchObject({ status: "saved" });
    appUpdateAuth(sim, saved!.authId!, { allowedFromDate: null, allowedUntilDate: null });

    if (pageViewFirst) {
      const seen = (await listPins(ctx, BONDI)).find((p) => p.id === created.id);
      expect(seen).toMatchObject({ status: "drifted" });
    } else {
      vi.advanceTimersByTime(60_001); // the audit falls due
    }
    await ctx.engine.tick();
    vi.advanceTimersByTime(1_001);
    await ctx.engine.tick();

    const history = (await ctx.ledger.history("acct", created.id)).map((e) => `${e.type}: ${detailWords(e.detail, translateIn("en", "pins"), "en")}`);
    expect(history.some((line) => /^drift: Seen on the lock: validFrom differs, validUntil differs\. Repairing automatically\.$/.test(line))).toBe(true);
    expect(history.some((line) => line.startsWith("repaired:"))).toBe(true);
    expect((await listPins(ctx, BONDI)).find((p) => p.id === created.id)).toMatchObject({ status: "saved", validFrom: "2026-12-04T15:00", validUntil: "2026-12-06T11:00" });
    expect(sim.requests.filter((r) => r.method === "POST" && r.path.includes("/auth/") && r.origin !== "nuki-app").map((r) => r.path)).toEqual([`/smartlock/${BONDI}/auth/${saved!.authId}`]);
  });

  it("does not send a write decided from an older reading of the PIN", async () => {
    const { sim, ctx } = await setup(60_000);
    await createPin(ctx, BONDI, { name: "Once Only" });
    const [record] = await ctx.ledger.open("acct", BONDI);
    expect(record).toMatchObject({ attempts: 1 });
    // What a background pass read before the request's own send landed: nothing sent yet.
    const stale = { ...record!, attempts: 0, sentAt: null };
    const lock = await loadLock(ctx.nuki, BONDI);
    const outcome = await sendWrite({ ledger: ctx.ledger, nuki: ctx.nuki, now: Date.now, random: Math.random, owner: "test", actor: "Keyhost", confirmWindowMs: 10_000, maxAttempts: 3 }, stale, "create", lock);
    expect(outcome).toEqual({ kind: "busy" });
    expect(sim.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  it("lets only one of two sends of the same PIN in one process through", async () => {
    const { sim, ctx } = await setup(60_000);
    const record = await ctx.ledger.insert({ accountId: "acct", lockId: BONDI, authId: null, desired: { ...OPEN_GUEST_PIN, name: "Twice", code: "583926" }, status: "pending" });
    const lock = await loadLock(ctx.nuki, BONDI);
    const send = () => ctx.engine.send(ctx.nuki, "Ana", record, "create", lock);
    const outcomes = await Promise.all([send(), send()]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["busy", "sent"]);
    expect(sim.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  it("running in the background, wakes up when a PIN falls due instead of waiting for the next tick", async () => {
    const { ctx } = await setup(200);
    stop = ctx.engine.start(60_000);
    await createPin(ctx, BONDI, { name: "Prompt Guest" });
    // Checks 500 ms after the write: Nuki has applied it by then. The limit leaves room for a busy
    // machine and is still far below the 60 s tick the engine would otherwise wait for.
    await vi.waitFor(async () => expect((await ctx.ledger.open("acct", BONDI))[0]).toMatchObject({ status: "saved" }), { timeout: 10_000, interval: 100 });
  });

  it("lets a host's delete stand when a look that read the PIN before it finds the create landed", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") });
    const { ctx } = await setup(1_000);
    await createPin(ctx, BONDI, { name: "Short Stay" });
    vi.advanceTimersByTime(1_001);
    // A look begins: it reads the PIN still waiting for its create, and Nuki's listing with it on the lock.
    const stale = await ctx.ledger.open("acct", BONDI);
    const lock = await loadLock(ctx.nuki, BONDI);
    // Meanwhile the host deletes it.
    const [pin] = await ctx.ledger.open("acct", BONDI);
    await deletePin(ctx, BONDI, pin!.id);
    const policy = { confirmWindowMs: 10_000, maxAttempts: 3, auditEveryMs: 600_000, autoRepair: false };
    const send = { ledger: ctx.ledger, nuki: ctx.nuki, now: Date.now, random: Math.random, owner: "test", actor: "Keyhost", confirmWindowMs: 10_000, maxAttempts: 3 };
    await settleLock(send, lock, stale, { send: false, policy });
    // Not "saved" for the next ten minutes: still a delete on its way, looked at again soon.
    const [after] = await ctx.ledger.open("acct", BONDI);
    expect(after).toMatchObject({ desired: null, status: "deleting" });
    expect(after!.nextCheckAt).toBeLessThan(Date.now() + 60_000);
  });

  it("wakes for a check any writer sets through its ledger, not only for its own", async () => {
    const { ctx } = await setup(200);
    await createPin(ctx, BONDI, { name: "Woken Guest" });
    const [record] = await ctx.ledger.open("acct", BONDI);
    await ctx.ledger.update(record!.id, { nextCheckAt: Date.now() + 3_600_000 });
    stop = ctx.engine.start(60_000);
    // Nuki has applied the write by now, but nothing is due for an hour.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await ctx.ledger.open("acct", BONDI))[0]).toMatchObject({ status: "pending" });
    // As a host's repair or a page's write does: due now.
    await ctx.ledger.update(record!.id, { nextCheckAt: Date.now() });
    await vi.waitFor(async () => expect((await ctx.ledger.open("acct", BONDI))[0]).toMatchObject({ status: "saved" }), { timeout: 10_000, interval: 100 });
  });
});
