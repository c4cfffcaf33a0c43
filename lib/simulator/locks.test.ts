import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nukiAccountSchema, nukiSmartlockSchema } from "@/lib/nuki/schemas";
import { LOCKS, signedInSimulator, type ListedAuth } from "./test-support";

interface LogEntry {
  id: string;
  smartlockId: number;
  authId?: string;
  name: string;
  action: number;
  trigger: number;
  source: number;
  state: number;
  date: string;
}

describe("account and locks", () => {
  it("answers /account as MyAccount", async () => {
    const { api } = await signedInSimulator();
    const account = await api("GET", "/account");
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ accountId: expect.any(Number), email: "host@keyhost.example", name: "Demo Host", type: 0 });
    expect(nukiAccountSchema.safeParse(account.body).success).toBe(true);
  });

  it("lists the demo host's locks with their quirks, in a shape the app parses", async () => {
    const { api } = await signedInSimulator();
    const response = await api("GET", "/smartlock");
    const locks = z.array(nukiSmartlockSchema).parse(response.body);
    expect(locks.map((l) => l.name)).toEqual(["Berlin Apartment", "London Flat", "Brooklyn Loft", "Bondi Beach House", "Auckland Cottage", "Berlin Building Door"]);
    const byName = Object.fromEntries(locks.map((l) => [l.name, l]));
    expect(byName["Berlin Apartment"]).toMatchObject({ type: 4, serverState: 0, config: { timezoneId: 37, keypadPaired: true } });
    expect(byName["London Flat"]).toMatchObject({ config: { timezoneId: 40, keypad2Paired: true }, state: { batteryCritical: true } });
    expect(byName["Brooklyn Loft"]).toMatchObject({ serverState: 4, config: { timezoneId: 12 } });
    expect(byName["Bondi Beach House"]).toMatchObject({ config: { timezoneId: 36 }, state: { keypadBatteryCritical: true } });
    expect(byName["Auckland Cottage"]).toMatchObject({ config: { timezoneId: 42, keypadPaired: false, keypad2Paired: false } });
    expect(locks.every((l) => l.state?.state === 1 && l.state.doorState === 2)).toBe(true);
  });

  it("answers one lock, 404 for an unknown one and 403 for another account's", async () => {
    const { api } = await signedInSimulator();
    expect((await api("GET", `/smartlock/${LOCKS.bondi}`)).body).toMatchObject({ smartlockId: LOCKS.bondi, name: "Bondi Beach House" });
    const unknown = await api("GET", "/smartlock/123456789");
    expect(unknown).toMatchObject({ status: 404, body: { detailMessage: expect.any(String), stackTrace: [], suppressedExceptions: [] } });
    expect((await api("GET", `/smartlock/${LOCKS.otherAccount}`)).status).toBe(403);
    expect((await api("GET", "/smartlock/abc")).status).toBe(404);
  });

  it("answers sync with 204 and no body", async () => {
    const { api } = await signedInSimulator();
    expect(await api("POST", `/smartlock/${LOCKS.berlin}/sync`)).toMatchObject({ status: 204, text: "" });
    expect((await api("POST", "/smartlock/123456789/sync")).status).toBe(404);
  });

  it("answers an unknown route with 404 and a wrong method with 405, in Nuki's shape", async () => {
    const { api } = await signedInSimulator();
    expect(await api("GET", "/nothing/here")).toMatchObject({ status: 404, body: { detailMessage: expect.any(String) } });
    const wrong = await api("PATCH", "/smartlock");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });
});

describe("log", () => {
  it("lists keypad activity newest first, 20 by default and never more than 50", async () => {
    const { api } = await signedInSimulator();
    const page = (await api("GET", `/smartlock/${LOCKS.berlin}/log`)).body as LogEntry[];
    expect(page).toHaveLength(20);
    const dates = page.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(((await api("GET", `/smartlock/${LOCKS.berlin}/log?limit=500`)).body as LogEntry[]).length).toBe(50);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}/log?limit=0`)).status).toBe(400);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}/log?fromDate=yesterday`)).status).toBe(400);
    expect(((await api("GET", `/smartlock/${LOCKS.auckland}/log`)).body as LogEntry[]).length).toBe(0);
  });

  it("has keypad unlocks naming the auth that typed its code", async () => {
    const { api } = await signedInSimulator();
    const auths = (await api("GET", `/smartlock/${LOCKS.berlin}/auth?types=13`)).body as (ListedAuth & { lastActiveDate?: string })[];
    const entries = (await api("GET", `/smartlock/${LOCKS.berlin}/log?limit=50&action=1`)).body as LogEntry[];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const auth = auths.find((a) => a.id === entry.authId);
      expect(entry).toMatchObject({ action: 1, trigger: 255, source: 1, state: 0, name: auth?.name });
    }
    const anna = auths.find((a) => a.name === "Anna Schmidt")!;
    expect(anna.lockCount).toBeGreaterThan(0);
    const annas = (await api("GET", `/smartlock/${LOCKS.berlin}/log?authId=${anna.id}&limit=50`)).body as LogEntry[];
    expect(annas).toHaveLength(anna.lockCount);
    expect(annas[0]?.date).toBe(anna.lastActiveDate);
  });

  it("pages to older entries with id, without gaps or overlaps", async () => {
    const { api } = await signedInSimulator();
    const all: LogEntry[] = [];
    let cursor = "";
    for (let i = 0; i < 10; i++) {
      const page = (await api("GET", `/smartlock/${LOCKS.berlin}/log?limit=25${cursor ? `&id=${cursor}` : ""}`)).body as LogEntry[];
      all.push(...page);
      if (page.length < 25) break;
      cursor = page.at(-1)!.id;
    }
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.map((e) => e.date)).toEqual(all.map((e) => e.date).sort().reverse());
  });

  it("filters by date range", async () => {
    const { api } = await signedInSimulator();
    const from = "2026-03-01T00:00:00Z";
    const to = "2026-03-05T00:00:00.000Z";
    const entries = (await api("GET", `/smartlock/${LOCKS.bondi}/log?limit=50&fromDate=${from}&toDate=${to}`)).body as LogEntry[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.date >= "2026-03-01" && e.date <= to)).toBe(true);
  });
});
