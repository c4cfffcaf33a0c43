import "server-only";
import { z } from "zod";
import { appAuthPatchSchema } from "./app-changes";
import { controlState } from "./control-state";
export { controlState };
import { ControlError, controlFailure, dropUndefined, parse } from "./control-support";
import { json } from "./errors";
import { keypadEntry } from "./keypad";
import { faultsSchema } from "./faults";
import { fleetSchema } from "./fleet";
import { lockPatchSchema } from "./lock-status";
import type { SimRequest } from "./request";
import { matchPattern } from "./route-types";
import { toSmartlock, toSmartlockAuth, toSmartlockLog } from "./serialize";
import type { NukiSimulator } from "./simulator";

/**
 * Test and demo hooks under `{base}/_control/`: look inside, reset, change timings, change a lock,
 * expire or revoke tokens, inject faults, act as the Nuki app. No bearer token: the route is only
 * mounted in demo mode. Add a hook by adding a row.
 */

export const settingsSchema = z.strictObject({
  propagationDelayMs: z.number().int().min(0).max(3_600_000).optional(),
  tokenTtlSeconds: z.number().int().min(1).max(604_800).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
});

/** A reset takes the settings and, optionally, a fleet to seed instead of the demo locks. */
export const resetSchema = settingsSchema.extend({ fleet: fleetSchema.optional() });

const appCreateSchema = z.record(z.string(), z.unknown());
const keypadSchema = z.strictObject({ code: z.number().int().min(0).max(999_999) });

type ControlHandler = (sim: NukiSimulator, req: SimRequest, params: Record<string, string>) => Response;

function existingLock(sim: NukiSimulator, smartlockId: string | undefined) {
  const lock = sim.data.locks.get(Number(smartlockId));
  if (!lock) throw new ControlError(404, "not_found", `No lock ${smartlockId}`);
  return lock;
}

const CONTROL: { method: string; pattern: string; handler: ControlHandler }[] = [
  { method: "GET", pattern: "/_control/state", handler: (sim) => json(controlState(sim)) },
  {
    // A small answer for load tests: counts only, however big the fleet.
    method: "GET", pattern: "/_control/stats",
    handler: (sim) =>
      json({
        requests: sim.counts.snapshot(),
        locks: sim.data.locks.size,
        auths: sim.data.auths.size,
        pending: sim.data.operations.length,
        webhooks: sim.webhooks.hooks.length,
        webhookDeliveries: sim.webhooks.deliveries.length,
        fleet: sim.fleet,
        config: sim.settings,
      }),
  },
  {
    method: "POST", pattern: "/_control/reset",
    handler: (sim, req) => {
      const { fleet, ...settings } = parse(resetSchema, req.text);
      sim.reset(dropUndefined(settings), fleet);
      return json({ ok: true, config: sim.settings, fleet: sim.fleet });
    },
  },
  {
    // As if every decentral webhook were removed in Nuki Web: the app falls back to polling.
    method: "DELETE", pattern: "/_control/webhooks",
    handler: (sim) => {
      const removed = sim.webhooks.hooks.splice(0).length;
      return json({ ok: true, removed });
    },
  },
  {
    method: "POST", pattern: "/_control/config",
    handler: (sim, req) => {
      sim.settings = { ...sim.settings, ...dropUndefined(parse(settingsSchema, req.text)) };
      return json({ ok: true, config: sim.settings });
    },
  },
  {
    method: "POST", pattern: "/_control/locks/:smartlockId",
    handler: (sim, req, params) => {
      const lock = existingLock(sim, params.smartlockId);
      sim.patchLock(lock.smartlockId, parse(lockPatchSchema, req.text));
      return json({ ok: true, lock: toSmartlock(lock, sim.now()), backOnlineAt: lock.backOnlineAt && new Date(lock.backOnlineAt).toISOString() });
    },
  },
  {
    method: "POST", pattern: "/_control/tokens/expire",
    handler: (sim) => json({ ok: true, expired: sim.oauth.expireAccessTokens(sim.now()) }),
  },
  {
    method: "POST", pattern: "/_control/tokens/revoke",
    handler: (sim) => json({ ok: true, revoked: sim.oauth.revokeAll() }),
  },
  {
    method: "POST", pattern: "/_control/faults",
    handler: (sim, req) => {
      const input = parse(faultsSchema, req.text);
      if (input.smartlockId !== undefined) existingLock(sim, String(input.smartlockId));
      return json({ ok: true, faults: sim.setFaults(input) });
    },
  },
  {
    method: "POST", pattern: "/_control/auths/:id",
    handler: (sim, req, params) => json({ ok: true, auth: toSmartlockAuth(sim.appUpdateAuth(params.id ?? "", parse(appAuthPatchSchema, req.text))) }),
  },
  {
    method: "DELETE", pattern: "/_control/auths/:id",
    handler: (sim, _req, params) => json({ ok: true, deleted: toSmartlockAuth(sim.appDeleteAuth(params.id ?? "")) }),
  },
  {
    method: "POST", pattern: "/_control/locks/:smartlockId/auths",
    handler: (sim, req, params) => {
      const lock = existingLock(sim, params.smartlockId);
      return json({ ok: true, auth: toSmartlockAuth(sim.appCreateAuth(lock.smartlockId, parse(appCreateSchema, req.text))) });
    },
  },
  {
    method: "POST", pattern: "/_control/locks/:smartlockId/keypad",
    handler: (sim, req, params) => {
      const lock = existingLock(sim, params.smartlockId);
      if (!lock.keypadPaired && !lock.keypad2Paired) throw new ControlError(409, "conflict", "This lock has no keypad");
      const entry = keypadEntry(sim, lock, parse(keypadSchema, req.text).code);
      return json({ ok: true, opened: entry.state === 0, entry: toSmartlockLog(entry) });
    },
  },
];

export function handleControl(sim: NukiSimulator, req: SimRequest): Response {
  try {
    for (const row of CONTROL) {
      const params = matchPattern(row.pattern, req.path);
      if (params && row.method === req.method) {
        sim.settle();
        return row.handler(sim, req, params);
      }
    }
    throw new ControlError(404, "not_found", `No control endpoint ${req.method} ${req.path}`);
  } catch (error) {
    const failure = controlFailure(error);
    if (failure) return failure;
    throw error;
  }
}
