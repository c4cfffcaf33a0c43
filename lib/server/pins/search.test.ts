import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { LOCKS } from "@/lib/simulator/test-support";
import { fakeDateInEachTest, simulatedContext } from "@/test/simulated-context";
import { parsePinSearch, searchPins } from "./search";

fakeDateInEachTest();

describe("searchPins", () => {
  it("finds PINs by name or code across every lock in two upstream calls, with the lock they are on", async () => {
    const { sim, ctx } = await simulatedContext();
    const before = sim.requests.length;
    const owners = await searchPins(ctx, { q: "owner", filter: "all" });
    expect(sim.requests.slice(before).map((r) => r.path).sort()).toEqual(["/smartlock", "/smartlock/auth"]);
    expect(owners.map((p) => p.lockName)).toEqual(["Berlin Apartment", "Berlin Building Door", "Bondi Beach House", "Brooklyn Loft", "London Flat"]);
    const byCode = await searchPins(ctx, { q: "7351", filter: "all" });
    expect(byCode).toEqual([expect.objectContaining({ name: "Lukas Weber", lockId: LOCKS.berlin, lockZone: "Europe/Berlin" })]);
  });

  it("applies the filter on each lock's own clock", async () => {
    const { ctx } = await simulatedContext();
    expect((await searchPins(ctx, { q: "", filter: "expired" })).map((p) => p.name).sort()).toEqual(["Chloe Nguyen", "Sarah Davis", "Sophie Martin"]);
    expect((await searchPins(ctx, { q: "", filter: "upcoming" })).map((p) => p.name).sort()).toEqual(["Emily Clarke", "Jack Wilson", "Lukas Weber"]);
  });
});

describe("parsePinSearch", () => {
  it("reads q and filter, refusing an unknown filter or an overlong query by name", () => {
    expect(parsePinSearch(new URLSearchParams(""))).toEqual({ q: "", filter: "all" });
    expect(parsePinSearch(new URLSearchParams("q=%20Anna%20&filter=active"))).toEqual({ q: "Anna", filter: "active" });
    expect(() => parsePinSearch(new URLSearchParams("filter=gone"))).toThrow(expect.objectContaining({ code: "invalid_input", field: "filter" }) as DomainError);
    expect(() => parsePinSearch(new URLSearchParams(`q=${"x".repeat(41)}`))).toThrow(expect.objectContaining({ field: "q" }) as DomainError);
  });
});
