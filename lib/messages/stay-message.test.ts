import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/schema";
import { createEngine } from "@/lib/engine/engine";
import { createLedger } from "@/lib/ledger/ledger";
import { createNukiClient } from "@/lib/nuki/client";
import { createProperty } from "@/lib/properties/service";
import { createPropertyStore } from "@/lib/properties/store";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, LOCKS, signIn } from "@/lib/simulator/test-support";
import { cancelStay, createStay, type StayContext } from "@/lib/stays/service";
import { createStayStore } from "@/lib/stays/store";
import { freshDatabase } from "@/test/databases";
import { messageForStay } from "./stay-message";

const DELAY = 2000;
let db: Kysely<Database>;

/** The real stay, PIN and engine code against the simulator in-process, as in lib/stays/service.test.ts. */
async function setup() {
  const sim = new NukiSimulator({ tokenTtlSeconds: 3600, propagationDelayMs: DELAY });
  const tokens = await signIn(sim);
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => sim.handle(new Request(url, init), "/sim")) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: fetchViaSimulator });
  db = (await freshDatabase("sqlite")).db;
  const ledger = createLedger(db);
  const engine = createEngine({ ledger, owner: "test", nukiFor: async () => nuki, policy: { confirmWindowMs: 10_000, maxAttempts: 3, auditEveryMs: 5_000 } });
  const ctx: StayContext = { nuki, accountId: "acct", actor: "Ana", engine, ledger, properties: createPropertyStore(db), stays: createStayStore(db) };
  return ctx;
}

beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") }));
afterEach(async () => {
  vi.useRealTimers();
  await db?.destroy();
});

describe("a stay's guest message", () => {
  it("uses the property's template and name, the stay's code and every door with a PIN, ready once all are saved", async () => {
    const ctx = await setup();
    const flat = await createProperty(ctx, {
      name: "Kastanienallee Flat",
      lockIds: [LOCKS.berlin, LOCKS.berlinBuilding, LOCKS.auckland],
      messageTemplate: "Subject: {property} for {guest}\n{code} opens {doors} from {from} until {until}",
    });
    const stay = await createStay(ctx, { guestName: "Marta Kowalska", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    const pending = await messageForStay(ctx, stay.id);
    expect(pending).toMatchObject({ subject: "Kastanienallee Flat for Marta Kowalska", ready: false, notReadyCode: "pin_not_saved" });
    expect(pending.notReadyReason).toMatch(/^The code may not open Berlin Apartment and Berlin Building Door yet\./);

    vi.advanceTimersByTime(DELAY + 1);
    await ctx.engine.tick();
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
    const ctx = await setup();
    await expect(messageForStay(ctx, "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11")).rejects.toMatchObject({ status: 404, code: "not_found" });
  });
});
