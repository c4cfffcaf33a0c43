import { expect, it } from "vitest";
import { createEngine } from "@/lib/engine/engine";
import { createLedger } from "@/lib/ledger/ledger";
import { createNukiClient } from "@/lib/nuki/client";
import { createPin, listPins } from "@/lib/server/pins/service";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, LOCKS, signIn } from "@/lib/simulator/test-support";
import { freshDatabaseForTest } from "@/test/databases";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A host's create and the background tick, in one process, both see the new PIN as due. Real
 * timers and a slow upstream make them overlap: Nuki must still get exactly one create per PIN.
 */
it("sends a new PIN once while the background tick runs beside the request", async () => {
  const outcomes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const sim = new NukiSimulator({ tokenTtlSeconds: 3600, propagationDelayMs: 400 });
    const tokens = await signIn(sim);
    const slow = (async (url: URL | string, init?: RequestInit) => {
      await sleep(15);
      return sim.handle(new Request(url, init), "/sim");
    }) as typeof fetch;
    const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: slow });
    const { db } = await freshDatabaseForTest("sqlite");
    const ledger = createLedger(db);
    const engine = createEngine({ ledger, owner: "one-process", nukiFor: async () => nuki, policy: { confirmWindowMs: 8_000, maxAttempts: 4, auditEveryMs: 5_000 } });
    const ctx = { nuki, accountId: "acct", actor: "Ana", engine, ledger };
    const ticker = setInterval(() => void engine.tick(), 4);
    await createPin(ctx, LOCKS.bondi, { name: `Guest ${i}`, code: "583926" });
    await sleep(80);
    clearInterval(ticker);
    await sleep(500);
    await engine.tick();
    const pin = (await listPins(ctx, LOCKS.bondi)).find((p) => p.name === `Guest ${i}`);
    const creates = sim.requests.filter((r) => r.method === "PUT" && r.path.endsWith("/auth")).length;
    outcomes.push(`${pin?.status ?? "missing"}, ${creates} create(s)`);
  }
  expect(outcomes).toEqual(Array(6).fill("saved, 1 create(s)"));
}, 30_000);
