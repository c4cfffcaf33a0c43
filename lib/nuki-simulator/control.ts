import { detailError, noContent } from "./errors";
import type { SimState } from "./state";
import type { SimConfig, SimLock } from "./types";

const LOCK_FIELDS = ["serverState", "keypadPaired", "keypad2Paired", "batteryCritical", "batteryCharge", "keypadBatteryCritical", "state", "doorState", "name"] as const;
const CONFIG_FIELDS = ["tokenTtlSeconds", "propagationDelayMs", "latencyMs"] as const;

function pick<K extends string>(body: unknown, keys: readonly K[]): Partial<Record<K, unknown>> {
  if (!body || typeof body !== "object") return {};
  return Object.fromEntries(keys.filter((k) => k in body).map((k) => [k, (body as Record<string, unknown>)[k]])) as Partial<Record<K, unknown>>;
}

function applyConfig(state: SimState, body: unknown): Response | null {
  const changes = pick(body, CONFIG_FIELDS);
  for (const [key, value] of Object.entries(changes)) {
    if (typeof value !== "number" || value < 0) return detailError(400, `${key} must be a non-negative number`);
  }
  state.config = { ...state.config, ...(changes as Partial<SimConfig>) };
  return null;
}

/** Test and demo hooks: look inside, reset, change timings, change a lock. Mounted in demo mode only. */
export function handleControl(state: SimState, method: string, segments: string[], body: unknown, defaults: SimConfig): Response {
  const [action, id] = segments;
  if (action === "state" && method === "GET") {
    state.settle();
    return Response.json({
      config: state.config,
      locks: state.locks,
      auths: state.auths,
      pending: state.pending,
      requests: state.requests,
      tokens: {
        accessTokens: [...state.accessTokens.keys()],
        refreshTokens: [...state.refreshTokens.keys()],
      },
    });
  }
  if (method !== "POST") return detailError(404, "Unknown control endpoint");
  if (action === "reset") {
    state.config = { ...defaults };
    const error = applyConfig(state, body);
    if (error) return error;
    state.reseed();
    return noContent();
  }
  if (action === "config") return applyConfig(state, body) ?? noContent();
  if (action === "tokens" && id === "revoke") {
    // As if the user removed the app's access in Nuki Web: nothing issued before works any more.
    state.accessTokens.clear();
    state.refreshTokens.clear();
    return noContent();
  }
  if (action === "tokens" && id === "expire") {
    for (const entry of state.accessTokens.values()) entry.expiresAt = 0;
    return noContent();
  }
  if (action === "locks" && id) {
    const lock = state.lock(Number(id));
    if (!lock) return detailError(404, "Unknown lock");
    Object.assign(lock, pick(body, LOCK_FIELDS) as Partial<SimLock>);
    state.settle();
    return noContent();
  }
  return detailError(404, "Unknown control endpoint");
}
