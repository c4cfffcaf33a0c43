import { describe, expect, it } from "vitest";
import { WRONG_CODE_STATE } from "./keypad";
import { call, LOCKS, signedInSimulator } from "./test-support";

interface Log { id: string; authId?: string; name: string; action: number; trigger: number; state: number; source: number; date: string }

describe("keypad control hook", () => {
  it("logs an unlock by the auth whose code opens now and updates its last use", async () => {
    const { sim, api, clock } = await signedInSimulator();
    const anna = [...sim.data.auths.values()].find((a) => a.name === "Anna Schmidt")!;
    const typed = await call(sim, "POST", `/_control/locks/${LOCKS.berlin}/keypad`, { json: { code: 482_915 } });
    expect(typed.status).toBe(200);
    expect(typed.body).toMatchObject({ ok: true, opened: true });
    const log = (await api("GET", `/smartlock/${LOCKS.berlin}/log?limit=1`)).body as Log[];
    expect(log[0]).toMatchObject({ authId: anna.id, name: "Anna Schmidt", action: 1, trigger: 255, source: 1, state: 0, date: new Date(clock.now()).toISOString() });
    expect(sim.data.auths.get(anna.id)?.lastActiveDate).toBe(new Date(clock.now()).toISOString());
  });

  it("logs a wrong code, without an auth, for an unknown code, an expired or upcoming PIN and outside daily hours", async () => {
    const { sim, api, clock } = await signedInSimulator();
    // Sophie's stay ended, Lukas's has not begun, 135792 is nobody's.
    for (const code of [918_274, 735_162, 135_792]) {
      const typed = await call(sim, "POST", `/_control/locks/${LOCKS.berlin}/keypad`, { json: { code } });
      expect(typed.body).toMatchObject({ opened: false });
    }
    const log = (await api("GET", `/smartlock/${LOCKS.berlin}/log?limit=3`)).body as Log[];
    for (const entry of log) {
      expect(entry).toMatchObject({ action: 1, trigger: 255, state: WRONG_CODE_STATE });
      expect(entry.authId).toBeUndefined();
    }
    // The cleaner works 08:00–18:00 Berlin time on weekdays: at 21:00 the code is refused.
    clock.advance(11 * 3_600_000);
    const late = await call(sim, "POST", `/_control/locks/${LOCKS.berlin}/keypad`, { json: { code: 564_738 } });
    expect(late.body).toMatchObject({ opened: false });
  });

  it("refuses a lock without keypad, an unknown lock and a malformed body", async () => {
    const { sim } = await signedInSimulator();
    expect((await call(sim, "POST", `/_control/locks/${LOCKS.auckland}/keypad`, { json: { code: 123_456 } })).status).toBe(409);
    expect((await call(sim, "POST", `/_control/locks/1/keypad`, { json: { code: 123_456 } })).status).toBe(404);
    expect((await call(sim, "POST", `/_control/locks/${LOCKS.berlin}/keypad`, { json: { code: "482915" } })).status).toBe(400);
  });
});
