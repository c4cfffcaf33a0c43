import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { createNukiClient } from "@/lib/nuki/client";
import { NukiSimulator } from "@/lib/simulator";
import { lockCameOnline } from "@/lib/simulator/propagation";
import { BASE, LOCKS, signIn } from "@/lib/simulator/test-support";
import { createPin, deletePin, listPins, retryPin, updatePin } from "./service";

const BONDI = LOCKS.bondi;
const BROOKLYN = LOCKS.brooklyn; // offline
const COTTAGE = LOCKS.auckland; // no keypad
const DELAY = 2000;
let account = 0;

/** The real service, through the real Nuki client, against the simulator in-process, on one faked clock. */
async function setup() {
  const sim = new NukiSimulator({ tokenTtlSeconds: 3600, propagationDelayMs: DELAY });
  const tokens = await signIn(sim);
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => sim.handle(new Request(url, init), "/sim")) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: fetchViaSimulator });
  return { sim, nuki, accountId: `acct-${++account}` };
}

const setOnline = (sim: NukiSimulator, lockId: number) => {
  sim.data.locks.get(lockId)!.serverState = 0;
  lockCameOnline(sim, lockId);
};

const writesTo = (sim: NukiSimulator, method: string) => sim.requests.filter((r) => r.method === method && r.path.includes("/auth"));

beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") }));
afterEach(() => vi.useRealTimers());

describe("pins service against the simulator", () => {
  it("creates a PIN that shows as saving, then saved once Nuki lists it, and rename keeps its window", async () => {
    const { sim, nuki, accountId } = await setup();
    const pin = await createPin(nuki, accountId, BONDI, { name: "Weekend Guest", code: "583926", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" });
    expect(pin).toMatchObject({ id: expect.stringMatching(/^pending-/), status: "pending" });
    expect((await listPins(nuki, accountId, BONDI)).find((p) => p.name === "Weekend Guest")?.status).toBe("pending");
    vi.advanceTimersByTime(DELAY + 1);
    const saved = (await listPins(nuki, accountId, BONDI)).find((p) => p.name === "Weekend Guest")!;
    expect(saved).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), status: "saved", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" });

    await updatePin(nuki, accountId, BONDI, saved.id, { name: "Weekend Guest K" });
    const sent = writesTo(sim, "POST").at(-1)!.body as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(["allowedFromDate", "allowedFromTime", "allowedUntilDate", "allowedUntilTime", "allowedWeekDays", "code", "enabled", "name", "remoteAllowed"]);
    expect(sent).toMatchObject({ name: "Weekend Guest K", code: 583926, allowedFromDate: "2027-01-08T04:00:00.000Z", allowedUntilDate: "2027-01-10T00:00:00.000Z" });
    vi.advanceTimersByTime(DELAY + 1);
    expect((await listPins(nuki, accountId, BONDI)).find((p) => p.id === saved.id)).toMatchObject({ name: "Weekend Guest K", status: "saved", validFrom: "2027-01-08T15:00" });
  });

  it("refuses invalid merged states, duplicates and locks without keypad with a field to fix", async () => {
    const { nuki, accountId } = await setup();
    const existing = (await listPins(nuki, accountId, BONDI)).find((p) => p.validFrom && p.validUntil)!;
    await expect(updatePin(nuki, accountId, BONDI, existing.id, { validUntil: "2020-01-01T10:00" })).rejects.toMatchObject({ status: 422, field: "validUntil" });
    await expect(createPin(nuki, accountId, BONDI, { name: "Copy", code: existing.code })).rejects.toMatchObject({ code: "code_taken", field: "code" });
    await expect(createPin(nuki, accountId, COTTAGE, { name: "Guest" })).rejects.toMatchObject({ code: "keypad_not_paired" });
    await expect(updatePin(nuki, accountId, BONDI, "f".repeat(24), { name: "x" })).rejects.toBeInstanceOf(ApiError);
  });

  it("reports a create on an offline lock as failed after the wait, and a retry never duplicates it", async () => {
    const { sim, nuki, accountId } = await setup();
    const pin = await createPin(nuki, accountId, BROOKLYN, { name: "Late Guest" });
    vi.advanceTimersByTime(91_000);
    const failed = (await listPins(nuki, accountId, BROOKLYN)).find((p) => p.id === pin.id)!;
    expect(failed).toMatchObject({ status: "failed", statusReason: expect.stringMatching(/offline/) });

    // The lock is back and Nuki still holds the first create: the retry is refused with 409 and
    // Keyhost waits for the first one instead of creating a second.
    setOnline(sim, BROOKLYN);
    const retried = await retryPin(nuki, accountId, BROOKLYN, pin.id);
    expect(retried?.status).toBe("pending");
    vi.advanceTimersByTime(DELAY + 1);
    const pins = await listPins(nuki, accountId, BROOKLYN);
    expect(pins.filter((p) => p.name === "Late Guest")).toEqual([expect.objectContaining({ status: "saved" })]);
    expect([...sim.data.auths.values()].filter((a) => a.name === "Late Guest")).toHaveLength(1);
  });

  it("reports a retried write that landed in the meantime as saved without sending it again", async () => {
    const { sim, nuki, accountId } = await setup();
    const pin = await createPin(nuki, accountId, BROOKLYN, { name: "Slow Guest" });
    vi.advanceTimersByTime(91_000);
    await listPins(nuki, accountId, BROOKLYN);
    setOnline(sim, BROOKLYN);
    vi.advanceTimersByTime(DELAY + 1);
    const retried = await retryPin(nuki, accountId, BROOKLYN, pin.id);
    expect(retried).toMatchObject({ name: "Slow Guest", status: "saved" });
    expect(writesTo(sim, "PUT")).toHaveLength(1);
  });

  it("shows a delete as pending until the PIN is gone", async () => {
    const { nuki, accountId } = await setup();
    const victim = (await listPins(nuki, accountId, BONDI))[0]!;
    await deletePin(nuki, accountId, BONDI, victim.id);
    expect((await listPins(nuki, accountId, BONDI)).find((p) => p.id === victim.id)).toMatchObject({ status: "pending", statusReason: "Deleting from the lock…" });
    vi.advanceTimersByTime(DELAY + 1);
    expect((await listPins(nuki, accountId, BONDI)).some((p) => p.id === victim.id)).toBe(false);
  });
});
