import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nukiAuthSchema } from "@/lib/nuki/schemas";
import { call, keypadBody, LOCKS, signedInSimulator, type ListedAuth } from "./test-support";

const DELAY = 1500;

async function keypadCodes(api: Awaited<ReturnType<typeof signedInSimulator>>["api"], lockId: number): Promise<ListedAuth[]> {
  const response = await api("GET", `/smartlock/${lockId}/auth?types=13`);
  expect(response.status).toBe(200);
  return response.body as ListedAuth[];
}

const named = (auths: ListedAuth[], name: string) => auths.filter((a) => a.name === name);

describe("listing", () => {
  it("filters by type, per lock and across the account, in a shape the app parses", async () => {
    const { api } = await signedInSimulator();
    const all = (await api("GET", "/smartlock/auth")).body as ListedAuth[];
    const keypad = (await api("GET", "/smartlock/auth?types=13")).body as ListedAuth[];
    expect(all.some((a) => a.type === 0)).toBe(true);
    expect(keypad.length).toBeGreaterThan(10);
    expect(keypad.every((a) => a.type === 13)).toBe(true);
    expect(new Set(keypad.map((a) => a.smartlockId))).toEqual(new Set([LOCKS.berlin, LOCKS.london, LOCKS.brooklyn, LOCKS.bondi, LOCKS.berlinBuilding]));
    expect(z.array(nukiAuthSchema).safeParse(keypad).success).toBe(true);
    const berlin = await keypadCodes(api, LOCKS.berlin);
    expect(berlin.map((a) => a.name)).toEqual(["Anna Schmidt", "Lukas Weber", "Sophie Martin", "Cleaner Maria", "Owner"]);
    expect((await api("GET", "/smartlock/auth?types=0,13")).body).toHaveLength(all.length);
    expect((await api("GET", "/smartlock/auth?types=abc")).status).toBe(400);
  });

  it("gets one auth by id, and 404s for an unknown id or the wrong lock", async () => {
    const { api } = await signedInSimulator();
    const [first] = await keypadCodes(api, LOCKS.berlin);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}/auth/${first?.id}`)).body).toMatchObject({ id: first?.id, name: first?.name });
    expect((await api("GET", `/smartlock/${LOCKS.bondi}/auth/${first?.id}`)).status).toBe(404);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}/auth/aaaaaaaaaaaaaaaaaaaaaaaa`)).status).toBe(404);
    expect((await api("GET", `/smartlock/${LOCKS.otherAccount}/auth`)).status).toBe(403);
  });
});

describe("create", () => {
  it("answers 204 with no body and no id, and lists the auth only after the propagation delay, once", async () => {
    const { api, clock } = await signedInSimulator({ tokenTtlSeconds: 86_400 });
    const created = await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    expect(created.status).toBe(204);
    expect(created.text).toBe("");

    clock.advance(DELAY - 1);
    expect(named(await keypadCodes(api, LOCKS.berlin), "Test Guest")).toHaveLength(0);
    clock.advance(1);
    const [auth] = named(await keypadCodes(api, LOCKS.berlin), "Test Guest");
    expect(auth).toMatchObject({
      smartlockId: LOCKS.berlin,
      type: 13,
      code: 357_913,
      enabled: true,
      remoteAllowed: false,
      lockCount: 0,
      allowedFromDate: "2026-03-12T14:00:00.000Z",
      allowedUntilDate: "2026-03-15T10:00:00.000Z",
      allowedWeekDays: 127,
      creationDate: new Date(Date.parse("2026-03-10T09:00:00.000Z") + DELAY).toISOString(),
    });
    expect(auth?.id).toMatch(/^[0-9a-f]{24}$/);
    expect(auth?.authId).toEqual(expect.any(Number));
    expect(auth?.operationId).toBeUndefined();

    clock.advance(3_600_000);
    await api("GET", "/smartlock/auth");
    expect(named(await keypadCodes(api, LOCKS.berlin), "Test Guest")).toHaveLength(1);
  });

  it("keeps enabled false when sent, and normalises dates to UTC", async () => {
    const { api, clock } = await signedInSimulator({ propagationDelayMs: 0 });
    await api("PUT", `/smartlock/${LOCKS.bondi}/auth`, keypadBody({ enabled: false, allowedFromDate: "2026-03-13T02:00:00+11:00" }));
    clock.advance(0);
    const [auth] = named(await keypadCodes(api, LOCKS.bondi), "Test Guest");
    expect(auth).toMatchObject({ enabled: false, allowedFromDate: "2026-03-12T15:00:00.000Z" });
  });

  it("refuses a keypad code on a lock without a keypad with Nuki's exact words", async () => {
    const { api } = await signedInSimulator();
    const response = await api("PUT", `/smartlock/${LOCKS.auckland}/auth`, keypadBody());
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      detailMessage: "The supplied value '13' for parameter 'type' is not valid",
      stackTrace: [],
      suppressedExceptions: [],
    });
  });

  it("answers 409 for a code already on the lock, also while its create is still pending", async () => {
    const { api } = await signedInSimulator();
    const existing = (await keypadCodes(api, LOCKS.berlin))[0]?.code;
    const duplicate = await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ code: existing }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toEqual({ code: 409, description: expect.any(String), reasonPhrase: "Conflict", uri: expect.any(String), homeRef: "/" });
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody())).status).toBe(204);
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ name: "Other" }))).status).toBe(409);
    // The same code on another lock is fine.
    expect((await api("PUT", `/smartlock/${LOCKS.bondi}/auth`, keypadBody())).status).toBe(204);
  });

  it("answers 422 for a keypad-code name over 20 characters", async () => {
    const { api } = await signedInSimulator();
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ name: "x".repeat(20) }))).status).toBe(204);
    const long = await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ name: "x".repeat(21), code: 456_789 }));
    expect(long.status).toBe(422);
    expect(long.body).toEqual({ code: 422, description: expect.stringContaining("20"), reasonPhrase: "Unprocessable Entity", uri: expect.any(String), homeRef: "/" });
  });

  it.each([
    ["starting with 12", { code: 123_456 }],
    ["with a zero", { code: 456_708 }],
    ["of five digits", { code: 45_678 }],
    ["of seven digits", { code: 4_567_891 }],
    ["as a string", { code: "456789" }],
    ["missing", { code: undefined }],
    ["with a bad date", { allowedFromDate: "12/03/2026" }],
    ["with a date lacking an offset", { allowedFromDate: "2026-03-12T14:00:00" }],
    ["with weekdays over 127", { allowedWeekDays: 128 }],
    ["with a time past midnight", { allowedUntilTime: 1440 }],
    ["with enabled as a string", { enabled: "true" }],
    ["without remoteAllowed", { remoteAllowed: undefined }],
    ["without a name", { name: undefined }],
    ["with an unknown type", { type: 7 }],
    ["as an app auth without account user", { type: 0, code: undefined }],
  ])("answers 400 for a body %s", async (_label, overrides) => {
    const { api } = await signedInSimulator();
    const response = await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody(overrides));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ detailMessage: expect.any(String), stackTrace: [] });
  });

  it("answers 400 for a body that is not a JSON object", async () => {
    const { sim, api, tokens } = await signedInSimulator();
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, [keypadBody()])).status).toBe(400);
    const broken = await call(sim, "PUT", `/smartlock/${LOCKS.berlin}/auth`, { token: tokens.access_token, headers: { "Content-Type": "application/json" } });
    expect(broken.status).toBe(400);
  });

  it("creates the same code on several locks at once, or on none when one lock refuses", async () => {
    const { api, clock } = await signedInSimulator();
    const refused = await api("PUT", "/smartlock/auth", { ...keypadBody(), smartlockIds: [LOCKS.berlin, LOCKS.auckland] });
    expect(refused.status).toBe(400);
    const conflict = await api("PUT", "/smartlock/auth", { ...keypadBody({ code: 482_915 }), smartlockIds: [LOCKS.bondi, LOCKS.berlin] });
    expect(conflict.status).toBe(409);
    expect((await api("PUT", "/smartlock/auth", keypadBody())).status).toBe(400);
    clock.advance(DELAY);
    expect(named(await keypadCodes(api, LOCKS.bondi), "Test Guest")).toHaveLength(0);

    expect((await api("PUT", "/smartlock/auth", { ...keypadBody(), smartlockIds: [LOCKS.berlin, LOCKS.bondi] })).status).toBe(204);
    clock.advance(DELAY);
    const everywhere = named((await api("GET", "/smartlock/auth?types=13")).body as ListedAuth[], "Test Guest");
    expect(everywhere.map((a) => a.smartlockId).sort()).toEqual([LOCKS.berlin, LOCKS.bondi]);
    expect(everywhere[0]?.id).not.toBe(everywhere[1]?.id);
  });
});

describe("update", () => {
  it("replaces the whole time restriction: fields left out are cleared", async () => {
    const { api, clock } = await signedInSimulator();
    const cleaner = named(await keypadCodes(api, LOCKS.berlin), "Cleaner Maria")[0]!;
    expect(cleaner).toMatchObject({ allowedWeekDays: 124, allowedFromTime: 480, allowedUntilTime: 1080, allowedFromDate: expect.any(String) });

    const response = await api("POST", `/smartlock/${LOCKS.berlin}/auth/${cleaner.id}`, { name: "Cleaner Maria R", code: cleaner.code });
    expect(response.status).toBe(204);
    expect(response.text).toBe("");

    const pending = named(await keypadCodes(api, LOCKS.berlin), "Cleaner Maria")[0];
    expect(pending?.operationId).toMatch(/^[0-9a-f]{24}$/);
    expect(pending?.allowedWeekDays).toBe(124);

    clock.advance(DELAY);
    const updated = (await keypadCodes(api, LOCKS.berlin)).find((a) => a.id === cleaner.id)!;
    expect(updated).toMatchObject({ name: "Cleaner Maria R", code: cleaner.code, enabled: true, allowedWeekDays: 0, allowedFromTime: 0, allowedUntilTime: 0 });
    expect(updated.allowedFromDate).toBeUndefined();
    expect(updated.allowedUntilDate).toBeUndefined();
    expect(updated.operationId).toBeUndefined();
  });

  it("keeps what a complete body sends, clears dates sent as null, keeps code and enabled when left out", async () => {
    const { api, clock } = await signedInSimulator();
    const guest = named(await keypadCodes(api, LOCKS.bondi), "Olivia Brown")[0]!;
    const full = { ...keypadBody({ name: "Olivia B", enabled: false }), type: undefined, allowedUntilDate: null };
    expect((await api("POST", `/smartlock/${LOCKS.bondi}/auth/${guest.id}`, full)).status).toBe(204);
    clock.advance(DELAY);
    const updated = (await keypadCodes(api, LOCKS.bondi)).find((a) => a.id === guest.id)!;
    expect(updated).toMatchObject({ name: "Olivia B", enabled: false, code: 357_913, allowedFromDate: "2026-03-12T14:00:00.000Z", allowedWeekDays: 127 });
    expect("allowedUntilDate" in updated).toBe(false);

    await api("POST", `/smartlock/${LOCKS.bondi}/auth/${guest.id}`, { name: "Olivia B" });
    clock.advance(DELAY);
    expect((await keypadCodes(api, LOCKS.bondi)).find((a) => a.id === guest.id)).toMatchObject({ enabled: false, code: 357_913 });
  });

  it("checks the update body: name required, code rules, duplicates, unknown ids", async () => {
    const { api } = await signedInSimulator();
    const [first, second] = await keypadCodes(api, LOCKS.berlin);
    const path = `/smartlock/${LOCKS.berlin}/auth/${first!.id}`;
    expect((await api("POST", path, { code: 456_789 })).status).toBe(400);
    expect((await api("POST", path, { name: "A", code: 120_000 })).status).toBe(400);
    expect((await api("POST", path, { name: "x".repeat(21) })).status).toBe(422);
    expect((await api("POST", path, { name: "A", code: second!.code })).status).toBe(409);
    expect((await api("POST", path, { name: "A", code: first!.code })).status).toBe(204);
    expect((await api("POST", `/smartlock/${LOCKS.berlin}/auth/bbbbbbbbbbbbbbbbbbbbbbbb`, { name: "A" })).status).toBe(404);
  });

  it("updates several auths in one call", async () => {
    const { api, clock } = await signedInSimulator();
    const [a, b] = await keypadCodes(api, LOCKS.london);
    const body = [
      { id: a!.id, name: "Renamed A", allowedWeekDays: 127 },
      { id: b!.id, name: "Renamed B", enabled: false },
    ];
    expect((await api("POST", "/smartlock/auth", body)).status).toBe(204);
    expect((await api("POST", "/smartlock/auth", [{ name: "no id" }])).status).toBe(400);
    clock.advance(DELAY);
    const names = (await keypadCodes(api, LOCKS.london)).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(["Renamed A", "Renamed B"]));
  });
});

describe("delete", () => {
  it("keeps the auth listed with an operationId until the delay has passed", async () => {
    const { api, clock } = await signedInSimulator();
    const [first] = await keypadCodes(api, LOCKS.berlin);
    const response = await api("DELETE", `/smartlock/${LOCKS.berlin}/auth/${first!.id}`);
    expect(response).toMatchObject({ status: 204, text: "" });
    expect((await keypadCodes(api, LOCKS.berlin)).find((a) => a.id === first!.id)?.operationId).toMatch(/^[0-9a-f]{24}$/);
    // Its code cannot be reused until the delete has reached the lock.
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ code: first!.code }))).status).toBe(409);
    clock.advance(DELAY);
    expect((await keypadCodes(api, LOCKS.berlin)).find((a) => a.id === first!.id)).toBeUndefined();
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ code: first!.code }))).status).toBe(204);
  });

  it("deletes several auths in one call, checking every id first", async () => {
    const { api, clock } = await signedInSimulator();
    const [a, b] = await keypadCodes(api, LOCKS.bondi);
    expect((await api("DELETE", "/smartlock/auth", [a!.id, "cccccccccccccccccccccccc"])).status).toBe(404);
    expect((await api("DELETE", "/smartlock/auth", [a!.id, 5])).status).toBe(400);
    expect((await api("DELETE", "/smartlock/auth", [a!.id, b!.id])).status).toBe(204);
    clock.advance(DELAY);
    const left = (await keypadCodes(api, LOCKS.bondi)).map((x) => x.id);
    expect(left).not.toContain(a!.id);
    expect(left).not.toContain(b!.id);
  });
});

describe("an offline lock", () => {
  it("accepts writes with 204 but applies them only once it is back online, after the delay", async () => {
    const { sim, api, clock } = await signedInSimulator({ tokenTtlSeconds: 2 * 86_400 });
    const before = await keypadCodes(api, LOCKS.brooklyn);
    const owner = named(before, "Owner")[0]!;
    expect((await api("PUT", `/smartlock/${LOCKS.brooklyn}/auth`, keypadBody({ name: "Late Guest" }))).status).toBe(204);
    expect((await api("POST", `/smartlock/${LOCKS.brooklyn}/auth/${owner.id}`, { name: "Owner 2", code: owner.code })).status).toBe(204);

    clock.advance(24 * 3_600_000);
    const still = await keypadCodes(api, LOCKS.brooklyn);
    expect(named(still, "Late Guest")).toHaveLength(0);
    expect(named(still, "Owner")[0]?.operationId).toBeDefined();

    expect((await call(sim, "POST", `/_control/locks/${LOCKS.brooklyn}`, { json: { serverState: 0 } })).status).toBe(200);
    expect(named(await keypadCodes(api, LOCKS.brooklyn), "Late Guest")).toHaveLength(0);
    clock.advance(DELAY);
    const after = await keypadCodes(api, LOCKS.brooklyn);
    expect(named(after, "Late Guest")).toHaveLength(1);
    expect(named(after, "Owner 2")).toHaveLength(1);
  });

  it("holds writes accepted while online if the lock drops offline before they arrive", async () => {
    const { sim, api, clock } = await signedInSimulator();
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { serverState: 4 } });
    clock.advance(DELAY * 10);
    expect(named(await keypadCodes(api, LOCKS.berlin), "Test Guest")).toHaveLength(0);
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { serverState: 0 } });
    clock.advance(DELAY);
    expect(named(await keypadCodes(api, LOCKS.berlin), "Test Guest")).toHaveLength(1);
  });
});

describe("ordering", () => {
  it("applies writes on one lock in the order they were accepted", async () => {
    const { api, clock } = await signedInSimulator();
    const [first] = await keypadCodes(api, LOCKS.berlin);
    const path = `/smartlock/${LOCKS.berlin}/auth/${first!.id}`;
    await api("POST", path, { name: "First rename" });
    clock.advance(500);
    await api("POST", path, { name: "Second rename" });
    clock.advance(DELAY);
    expect((await keypadCodes(api, LOCKS.berlin)).find((a) => a.id === first!.id)?.name).toBe("Second rename");
  });
});
