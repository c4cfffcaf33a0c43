import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { ERROR_STATUS } from "@/lib/api/errors";
import { DomainError } from "@/lib/errors/domain-error";
import { migrate, openDatabase } from "@/lib/db/connect";
import { createEngine } from "@/lib/engine/engine";
import { createLedger } from "@/lib/ledger/ledger";
import { createNukiClient } from "@/lib/nuki/client";
import { adoptPin, createPin, deletePin, listPins, updatePin, type PinContext } from "@/lib/server/pins/service";
import type { Pin } from "@/lib/pins/types";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, LOCKS, signIn } from "@/lib/simulator/test-support";
import { zoneForTimezoneId } from "@/lib/time/zones";
import { instantToWallTime } from "@/lib/time/wall-time";
import { freshDatabase } from "@/test/databases";

/**
 * Many mixed operations on ten locks through the PIN service (what the JSON routes call), while the
 * simulator injects every fault it knows; the app restarts once mid-run; then the engine settles.
 * Afterwards every PIN is on its lock exactly once with the exact window, or failed with a reason.
 */
const OPERATIONS = 320;
const LOCK_COUNT = 10;
const SEED = 20261123;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;

beforeAll(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") }));
afterAll(() => vi.useRealTimers());

it("settles hundreds of operations under faults and a restart with nothing lost, doubled or left unexplained", async () => {
  const started = performance.now();
  const sim = new NukiSimulator({ tokenTtlSeconds: 86_400, propagationDelayMs: 3_000 });
  const tokens = await signIn(sim);
  // Ten locks with keypads in the account: the demo's four, and copies of Berlin's.
  const template = sim.data.locks.get(LOCKS.berlin)!;
  const lockIds: number[] = [LOCKS.berlin, LOCKS.london, LOCKS.brooklyn, LOCKS.bondi];
  for (let i = 0; lockIds.length < LOCK_COUNT; i++) {
    const id = 18_100_000_000 + i;
    sim.data.locks.set(id, { ...structuredClone(template), smartlockId: id, name: `Flat ${i + 1}` });
    lockIds.push(id);
  }
  sim.patchLock(LOCKS.brooklyn, { serverState: 0 });
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => sim.handle(new Request(url, init), "/sim")) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, {
    baseUrl: BASE,
    fetch: fetchViaSimulator,
    timeoutMs: 40,
    // Reads are retried as in production; the waits between tries are not what this run is about.
    retry: { sleep: async () => undefined },
  });

  const { db: firstDb, config } = await freshDatabase("sqlite");
  let db = firstDb;
  const boot = (owner: string): PinContext => {
    const ledger = createLedger(db);
    const engine = createEngine({ ledger, owner, nukiFor: async () => nuki, policy: { confirmWindowMs: 20_000, maxAttempts: 6, auditEveryMs: 15_000 }, onError: () => undefined });
    return { nuki, accountId: "acct", actor: "Reliability", engine, ledger };
  };
  let ctx = boot("first");
  for (const lockId of lockIds) await ctx.ledger.saveSettings("acct", lockId, { autoRepair: true });

  sim.setFaults({ seed: SEED, rate429: 0.06, rate500: 0.06, rateTimeout: 0.04, timeoutMs: 80, timeoutAppliesWrite: 0.5, lockedWhilePending: true, rateDropWrite: 0.12, rateStickyDelete: 0.15, rateAppChange: 0.01 });
  const outcomes = { done: 0, refused: 0, retriedReads: 0 };
  const operate = async (lockId: number, roll: number, choice: number, n: number) => {
    const pins = await listPins(ctx, lockId);
    const managed = pins.filter((p) => p.managed && p.status !== "deleting");
    const chosen = managed[Math.floor(choice * managed.length)];
    if (roll < 0.45 || !chosen) {
      await createPin(ctx, lockId, { name: `Guest ${n}`, validFrom: "2027-01-08T15:00", validUntil: `2027-01-${10 + (n % 9)}T11:00` });
    } else if (roll < 0.7) {
      await updatePin(ctx, lockId, chosen.id, n % 2 ? { name: `Guest ${n} r` } : { validUntil: `2027-02-${10 + (n % 9)}T10:00`, dailyFrom: "08:00", dailyUntil: "20:00" });
    } else if (roll < 0.85) {
      await deletePin(ctx, lockId, chosen.id);
    } else if (roll < 0.93) {
      await updatePin(ctx, lockId, chosen.id, { enabled: !chosen.enabled });
    } else {
      const unmanaged = pins.filter((p) => !p.managed);
      const adopt = unmanaged[Math.floor(choice * unmanaged.length)];
      if (adopt) await adoptPin(ctx, lockId, adopt.id);
    }
  };
  const step = async (ms: number) => {
    vi.advanceTimersByTime(ms);
    await ctx.engine.tick();
  };

  for (let n = 0; n < OPERATIONS; n++) {
    if (n === OPERATIONS / 2) {
      // The app restarts: a new connection, a new engine, nothing carried over in memory.
      await db.destroy();
      db = openDatabase(config);
      await migrate(db);
      ctx = boot("second");
    }
    if (n === 60) sim.patchLock(LOCKS.london, { offlineForMs: 40_000 });
    const lockId = pick(lockIds);
    const roll = random();
    const choice = random();
    // A host whose page failed to load (Nuki answered 5xx or 429 to a read) simply tries again.
    for (let tries = 1; ; tries++) {
      try {
        await operate(lockId, roll, choice, n);
        outcomes.done++;
        break;
      } catch (error) {
        if (error instanceof DomainError && ERROR_STATUS[error.code] < 500) {
          outcomes.refused++;
          break;
        }
        if (!(error instanceof Error && error.name === "NukiError")) throw error;
        outcomes.retriedReads++;
        if (tries === 30) throw error;
        await step(1_000);
      }
    }
    await step(random() < 0.3 ? 2_000 : 300);
  }

  // Faults stop; the engine settles on its own (app changes it sees are drift, repaired automatically).
  const injected = { ...sim.faults.injected };
  sim.clearFaults();
  for (const lockId of lockIds) sim.clearFaults(lockId);
  let settleSteps = 0;
  const open = async () => (await Promise.all(lockIds.map((id) => listPins(ctx, id)))).flat().filter((p) => p.managed && ["pending", "deleting", "drifted"].includes(p.status));
  while ((await open()).length > 0 && settleSteps < 400) {
    await step(5_000);
    settleSteps++;
  }

  const attempts = await db.selectFrom("events").select(db.fn.countAll<number>().as("n")).where("type", "=", "attempt").executeTakeFirstOrThrow();
  const records = await db.selectFrom("pins").selectAll().execute();
  const problems: string[] = [];
  const failed: Pin[] = [];
  for (const lockId of lockIds) {
    const pins = await listPins(ctx, lockId);
    const auths = [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13);
    for (const pin of pins.filter((p) => p.managed)) {
      if (pin.status === "failed") {
        if (!pin.statusReason) problems.push(`${pin.name}: failed without a reason`);
        failed.push(pin);
        continue;
      }
      const record = records.find((r) => r.id === pin.id)!;
      if (pin.status !== "saved") problems.push(`${pin.name}: still ${pin.status}`);
      const onLock = auths.filter((a) => String(a.code).padStart(6, "0") === pin.code);
      if (record.desired === null) continue;
      if (onLock.length !== 1) problems.push(`${pin.name}: on the lock ${onLock.length} times`);
      // Read straight from the simulator, in the lock's zone: the window the keypad really holds.
      const auth = auths.find((a) => a.id === record.auth_id);
      const zone = zoneForTimezoneId(sim.data.locks.get(lockId)!.timezoneId);
      const wall = (iso: string | null | undefined) => (iso ? instantToWallTime(iso, zone) : null);
      if (!auth || auth.name !== pin.name || auth.enabled !== pin.enabled) {
        const found = auth ? `Nuki has ${auth.name}, enabled ${auth.enabled}` : `auth ${record.auth_id} missing; same code: ${onLock.map((a) => `${a.id} ${a.name}`).join(", ")}`;
        problems.push(`${pin.name}: not on the lock as set (enabled ${pin.enabled}; ${found})`);
      }
      else if (wall(auth.allowedFromDate) !== pin.validFrom || wall(auth.allowedUntilDate) !== pin.validUntil) problems.push(`${pin.name}: window lost (set ${pin.validFrom} → ${pin.validUntil}; Nuki has ${wall(auth.allowedFromDate)} → ${wall(auth.allowedUntilDate)}, status ${record.status}, auth ${auth.id} ${auth.name})`);
    }
    const deleted = records.filter((r) => r.lock_id === String(lockId) && r.desired === null && r.status === "gone");
    for (const r of deleted) if (r.auth_id && auths.some((a) => a.id === r.auth_id)) problems.push(`${r.name}: deleted but still on the lock`);
  }
  // Nothing Keyhost manages may be on a lock twice, including copies of a create Nuki applied twice.
  for (const lockId of lockIds) {
    const codes = [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13).map((a) => a.code);
    if (new Set(codes).size !== codes.length) problems.push(`lock ${lockId}: a code is on it twice`);
  }

  console.log(
    [
      `operations: ${OPERATIONS} on ${LOCK_COUNT} locks (${outcomes.done} accepted, ${outcomes.refused} refused by the rules, ${outcomes.retriedReads} page loads retried)`,
      `faults injected: ${Object.entries(injected).map(([k, v]) => `${k} ${v}`).join(", ")}`,
      `write attempts: ${attempts.n}; managed PINs: ${records.length}; failed with a reason: ${failed.length}`,
      `settled after ${settleSteps * 5} s of engine time; ran ${Math.round(performance.now() - started)} ms`,
    ].join("\n"),
  );
  expect(problems).toEqual([]);
  expect(outcomes.done + outcomes.refused).toBe(OPERATIONS);
  expect(outcomes.done).toBeGreaterThan(OPERATIONS * 0.8);
  expect(Object.values(injected).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  for (const kind of ["429", "500", "timeout", "dropWrite", "stickyDelete", "appChange"]) expect(injected[kind as keyof typeof injected], kind).toBeGreaterThan(0);
  await db.destroy();
}, 300_000);
