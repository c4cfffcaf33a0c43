import { describe, expect, it, vi } from "vitest";
import { ReadCache, withSharedReads } from "@/lib/nuki/read-cache";
import { accountChanged } from "@/lib/process/account-changes";
import { fakeDateInEachTest, simulatedContext } from "@/test/simulated-context";
import { accountSnapshot } from "./snapshot";

fakeDateInEachTest();

async function sharedContext() {
  const { sim, ctx } = await simulatedContext();
  // As on a page: the account's reads go through the read cache, so concurrent loads get one answer.
  const shared = { ...ctx, nuki: withSharedReads(ctx.nuki, ctx.accountId, { cache: new ReadCache() }) };
  const views = vi.spyOn(ctx.engine, "view");
  const lockCount = (await ctx.nuki.listLocks()).length;
  return { sim, ctx: shared, views, lockCount };
}

describe("accountSnapshot", () => {
  it("works out each lock's PINs once for loads that run at the same time", async () => {
    const { sim, ctx, views, lockCount } = await sharedContext();
    const before = sim.requests.length;
    const [a, b, c] = await Promise.all([accountSnapshot(ctx), accountSnapshot(ctx), accountSnapshot(ctx)]);
    expect(sim.requests.length - before).toBe(2);
    expect(views).toHaveBeenCalledTimes(lockCount);
    expect(b.pins).toBe(a.pins);
    expect(c.locks).toBe(a.locks);
    expect([...a.pins.values()].flat().length).toBeGreaterThan(10);
  });

  it("works them out again after the host changed something, and in another language", async () => {
    const { ctx, views, lockCount } = await sharedContext();
    const first = accountSnapshot(ctx);
    await vi.waitFor(() => expect(views).toHaveBeenCalled());
    accountChanged(ctx.accountId);
    const afterChange = accountSnapshot(ctx);
    const german = accountSnapshot({ ...ctx, locale: "de" });
    const [a, b, c] = await Promise.all([first, afterChange, german]);
    expect(b.pins).not.toBe(a.pins);
    expect(c.pins).not.toBe(b.pins);
    expect(views).toHaveBeenCalledTimes(lockCount * 3);
  });

  it("does not share once the work is done", async () => {
    const { ctx, views, lockCount } = await sharedContext();
    await accountSnapshot(ctx);
    await accountSnapshot(ctx);
    expect(views).toHaveBeenCalledTimes(lockCount * 2);
  });
});
