import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import type { NukiSimulator } from "@/lib/simulator";
import { lockCameOnline } from "@/lib/simulator/propagation";
import { LOCKS } from "@/lib/simulator/test-support";
import { DELAY, fakeDateInEachTest, later, simulatedContext, WINDOW } from "@/test/simulated-context";
import { adoptPin, createPin, deletePin, listPins, lockActivity, pinHistory, repairPin, updatePin, type PinContext } from "./service";

const BONDI = LOCKS.bondi;
const BROOKLYN = LOCKS.brooklyn; // offline
const COTTAGE = LOCKS.auckland; // no keypad
const byName = async (ctx: PinContext, lockId: number, name: string) => (await listPins(ctx, lockId)).filter((p) => p.name === name);
const writes = (sim: NukiSimulator, method: string) => sim.requests.filter((r) => r.method === method && r.path.includes("/auth"));

fakeDateInEachTest();

describe("pins service and engine against the simulator", () => {
  it("creates a PIN that is pending, then saved once Nuki lists it; a rename keeps its window", async () => {
    const { sim, ctx } = await simulatedContext();
    const pin = await createPin(ctx, BONDI, { name: "Weekend Guest", code: "583926", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" });
    expect(pin).toMatchObject({ status: "pending", managed: true });
    expect((await byName(ctx, BONDI, "Weekend Guest"))[0]).toMatchObject({ id: pin.id, status: "pending" });
    await later(ctx, DELAY + 1);
    expect((await byName(ctx, BONDI, "Weekend Guest"))[0]).toMatchObject({ id: pin.id, status: "saved", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" });

    await updatePin(ctx, BONDI, pin.id, { name: "Weekend Guest K" });
    const sent = writes(sim, "POST").at(-1)!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ name: "Weekend Guest K", code: 583926, allowedFromDate: "2027-01-08T04:00:00.000Z", allowedUntilDate: "2027-01-10T00:00:00.000Z" });
    await later(ctx, DELAY + 1);
    expect((await listPins(ctx, BONDI)).find((p) => p.id === pin.id)).toMatchObject({ name: "Weekend Guest K", status: "saved", validFrom: "2027-01-08T15:00" });
    const history = await ctx.ledger.history("acct", pin.id);
    expect(history.map((e) => e.type)).toEqual(["requested", "attempt", "confirmed", "requested", "attempt", "confirmed"]);
    // The API answers a history line in words, in the reader's language, however it is kept.
    expect((await pinHistory(ctx, BONDI, pin.id)).find((e) => e.type === "attempt")?.detail).toBe("Attempt 1: Nuki accepted it.");
    const german = (await pinHistory({ ...ctx, locale: "de" }, BONDI, pin.id)).find((e) => e.type === "attempt")?.detail;
    expect(german).toMatch(/^Versuch 1/);
    expect((await lockActivity({ ...ctx, locale: "de" }, BONDI, 20)).map((e) => e.detail)).not.toContainEqual(expect.stringMatching(/^keyhost:/));
  });

  it("refuses invalid states, duplicates and locks without keypad with a field to fix", async () => {
    const { ctx } = await simulatedContext();
    const existing = (await listPins(ctx, BONDI)).find((p) => p.validFrom && p.validUntil)!;
    expect(existing.status).toBe("unmanaged");
    await expect(updatePin(ctx, BONDI, existing.id, { validUntil: "2020-01-01T10:00" })).rejects.toMatchObject({ code: "invalid_input", field: "validUntil" });
    await expect(createPin(ctx, BONDI, { name: "Copy", code: existing.code })).rejects.toMatchObject({ code: "code_taken", field: "code" });
    await expect(createPin(ctx, COTTAGE, { name: "Guest" })).rejects.toMatchObject({ code: "keypad_not_paired" });
    await expect(updatePin(ctx, BONDI, "f".repeat(24), { name: "x" })).rejects.toBeInstanceOf(DomainError);
  });

  it("shows a create on an offline lock as failed with the reason, then saved once the lock is back, never twice", async () => {
    const { sim, ctx } = await simulatedContext();
    const pin = await createPin(ctx, BROOKLYN, { name: "Late Guest" });
    await later(ctx, WINDOW + 1);
    expect((await byName(ctx, BROOKLYN, "Late Guest"))[0]).toMatchObject({ status: "failed", statusReason: expect.stringMatching(/offline/) });
    sim.data.locks.get(BROOKLYN)!.serverState = 0;
    lockCameOnline(sim, BROOKLYN);
    await later(ctx, DELAY + 1);
    await later(ctx, 30_000);
    expect(await byName(ctx, BROOKLYN, "Late Guest")).toEqual([expect.objectContaining({ id: pin.id, status: "saved" })]);
    expect([...sim.data.auths.values()].filter((a) => a.name === "Late Guest")).toHaveLength(1);
  });

  it("marks a PIN changed behind Keyhost's back as drifted, field by field, and repairs it", async () => {
    const { sim, ctx } = await simulatedContext();
    const pin = await createPin(ctx, BONDI, { name: "Anna", validFrom: "2027-02-01T15:00", validUntil: "2027-02-03T11:00" });
    await later(ctx, DELAY + 1);
    const auth = [...sim.data.auths.values()].find((a) => a.name === "Anna")!;
    Object.assign(auth, { name: "Anna (app)", allowedFromDate: undefined, allowedUntilDate: undefined });
    const drifted = (await listPins(ctx, BONDI)).find((p) => p.id === pin.id)!;
    expect(drifted).toMatchObject({ status: "drifted", name: "Anna", validFrom: "2027-02-01T15:00" });
    expect(drifted.drift?.map((d) => d.field).sort()).toEqual(["name", "validFrom", "validUntil"]);
    await repairPin(ctx, BONDI, pin.id);
    await later(ctx, DELAY + 1);
    expect((await listPins(ctx, BONDI)).find((p) => p.id === pin.id)).toMatchObject({ status: "saved", name: "Anna" });
    expect(auth).toMatchObject({ name: "Anna", allowedFromDate: "2027-02-01T04:00:00.000Z" });
  });

  it("adopts and deletes PINs it did not create, and shows a delete until the PIN is gone", async () => {
    const { ctx } = await simulatedContext();
    const [first, second] = (await listPins(ctx, BONDI)).filter((p) => p.status === "unmanaged");
    const adopted = await adoptPin(ctx, BONDI, first!.id);
    expect(adopted).toMatchObject({ status: "saved", managed: true, name: first!.name });
    await deletePin(ctx, BONDI, second!.id);
    expect((await byName(ctx, BONDI, second!.name))[0]).toMatchObject({ status: "deleting" });
    await later(ctx, DELAY + 1);
    expect(await byName(ctx, BONDI, second!.name)).toEqual([]);
  });

  it("resumes unfinished work after a restart: a fresh engine on the same database confirms the create", async () => {
    const { ctx, restart } = await simulatedContext();
    const pin = await createPin(ctx, BONDI, { name: "Restart Guest" });
    const after = restart();
    await later(after, DELAY + 1);
    expect((await byName(after, BONDI, "Restart Guest"))[0]).toMatchObject({ id: pin.id, status: "saved" });
  });
});
