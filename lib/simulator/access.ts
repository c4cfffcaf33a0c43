import "server-only";
import { invalidParameter, SimError } from "./errors";
import type { NukiSimulator } from "./simulator";
import type { SimAuth, SimLock } from "./types";

/** 404 for a lock nobody has, 403 for another account's lock — per account, as Nuki keeps it. */
export function ownLock(sim: NukiSimulator, accountId: number, smartlockId: number | string): SimLock {
  const lock = sim.data.locks.get(Number(smartlockId));
  if (!lock) throw new SimError(404, "The smartlock was not found");
  if (lock.accountId !== accountId) throw new SimError(403, "You are not allowed to access this smartlock");
  return lock;
}

export function ownAuth(sim: NukiSimulator, accountId: number, id: string, smartlockId?: number | string): SimAuth {
  if (smartlockId !== undefined) ownLock(sim, accountId, smartlockId);
  const auth = sim.data.auths.get(id);
  if (!auth || (smartlockId !== undefined && auth.smartlockId !== Number(smartlockId))) {
    throw new SimError(404, "The smartlock authorization was not found");
  }
  ownLock(sim, accountId, auth.smartlockId);
  return auth;
}

export function accountLocks(sim: NukiSimulator, accountId: number): SimLock[] {
  return [...sim.data.locks.values()].filter((lock) => lock.accountId === accountId);
}

/** An optional integer query parameter; anything else is Nuki's 400. */
export function intQuery(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!/^-?\d{1,15}$/.test(raw)) throw invalidParameter(name, raw);
  return Number(raw);
}

/** `types=0,13`: the auth types to list, or undefined for all. */
export function typesQuery(query: URLSearchParams): Set<number> | undefined {
  const raw = query.get("types");
  if (raw === null || raw.trim() === "") return undefined;
  const parts = raw.split(",").map((part) => part.trim());
  if (!parts.every((part) => /^\d{1,3}$/.test(part))) throw invalidParameter("types", raw);
  return new Set(parts.map(Number));
}
