import { z } from "zod";
import { json } from "./errors";
import { lockCameOnline, pendingFor, settle } from "./propagation";
import type { SimRequest } from "./request";
import { matchPattern } from "./route-types";
import { toMyAccount, toSmartlock, toSmartlockAuth } from "./serialize";
import type { NukiSimulator } from "./simulator";

/**
 * Test and demo hooks under `{base}/_control/`: look inside, reset, change timings, change a lock,
 * expire or revoke tokens. No bearer token: the route is only mounted in demo mode. Add a hook by adding a row.
 */

export const settingsSchema = z.strictObject({
  propagationDelayMs: z.number().int().min(0).max(3_600_000).optional(),
  tokenTtlSeconds: z.number().int().min(1).max(604_800).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
});

export const lockPatchSchema = z.strictObject({
  name: z.string().min(1).max(32).optional(),
  serverState: z.number().int().min(0).max(4).optional(),
  keypadPaired: z.boolean().optional(),
  keypad2Paired: z.boolean().optional(),
  batteryCritical: z.boolean().optional(),
  batteryCharge: z.number().int().min(0).max(100).optional(),
  keypadBatteryCritical: z.boolean().optional(),
  state: z.number().int().min(0).max(255).optional(),
  doorState: z.number().int().min(0).max(255).optional(),
});

class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parse<T>(schema: z.ZodType<T>, text: string): T {
  let body: unknown = {};
  if (text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ControlError(400, "invalid_json", "The body is not valid JSON");
    }
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ControlError(400, "invalid_body", result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  }
  return result.data;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function controlState(sim: NukiSimulator) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const now = sim.now();
  return {
    now: iso(now),
    config: { ...sim.settings },
    accounts: [...sim.data.accounts.values()].map(toMyAccount),
    locks: [...sim.data.locks.values()].map((lock) => toSmartlock(lock, now)),
    auths: [...sim.data.auths.values()].map((auth) => toSmartlockAuth(auth, pendingFor(sim.data, auth.id))),
    pending: sim.data.operations.map((op) => ({
      operationId: op.operationId,
      kind: op.kind,
      smartlockId: op.smartlockId,
      authId: op.kind === "create" ? undefined : op.authId,
      fields: op.kind === "delete" ? undefined : op.fields,
      acceptedAt: iso(op.acceptedAt),
      dueAt: iso(op.dueAt),
      waitingForLock: sim.data.locks.get(op.smartlockId)?.serverState !== 0,
    })),
    requests: sim.requests,
    tokens: { accessTokens: [...sim.oauth.accessTokens.keys()], refreshTokens: [...sim.oauth.refreshTokens.keys()] },
  };
}

type ControlHandler = (sim: NukiSimulator, req: SimRequest, params: Record<string, string>) => Response;

const CONTROL: { method: string; pattern: string; handler: ControlHandler }[] = [
  { method: "GET", pattern: "/_control/state", handler: (sim) => json(controlState(sim)) },
  {
    method: "POST", pattern: "/_control/reset",
    handler: (sim, req) => {
      sim.reset(dropUndefined(parse(settingsSchema, req.text)));
      return json({ ok: true, config: sim.settings });
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
      const lock = sim.data.locks.get(Number(params.smartlockId));
      if (!lock) throw new ControlError(404, "not_found", `No lock ${params.smartlockId}`);
      const patch = dropUndefined(parse(lockPatchSchema, req.text));
      const wasOnline = lock.serverState === 0;
      settle(sim.data, sim.now()); // what was due happened under the old state
      Object.assign(lock, patch, { updateDate: new Date(sim.now()).toISOString() });
      if (!wasOnline && lock.serverState === 0) lockCameOnline(sim, lock.smartlockId);
      return json({ ok: true, lock: toSmartlock(lock, sim.now()) });
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
];

export function handleControl(sim: NukiSimulator, req: SimRequest): Response {
  try {
    for (const row of CONTROL) {
      const params = matchPattern(row.pattern, req.path);
      if (params && row.method === req.method) {
        settle(sim.data, sim.now());
        return row.handler(sim, req, params);
      }
    }
    throw new ControlError(404, "not_found", `No control endpoint ${req.method} ${req.path}`);
  } catch (error) {
    if (error instanceof ControlError) return json({ error: { code: error.code, message: error.message } }, error.status);
    throw error;
  }
}
