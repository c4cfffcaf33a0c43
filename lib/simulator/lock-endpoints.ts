import "server-only";
import { accountLocks, intQuery, ownLock } from "./access";
import { DATE_TIME } from "./auth-body";
import { invalidParameter, json, noContent, SimError } from "./errors";
import { apiRoute, param, type ApiRequest, type Route } from "./route-types";
import { toMyAccount, toSmartlock, toSmartlockLog } from "./serialize";
import type { NukiSimulator } from "./simulator";

const READ_LOCKS = ["smartlock", "smartlock.readOnly"];
export const LOG_DEFAULT_LIMIT = 20;
export const LOG_MAX_LIMIT = 50;

function dateQuery(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!DATE_TIME.test(raw) || !Number.isFinite(Date.parse(raw))) throw invalidParameter(name, raw);
  return Date.parse(raw);
}

function account(sim: NukiSimulator, req: ApiRequest): Response {
  const found = sim.data.accounts.get(req.accountId);
  if (!found) throw new SimError(404, "The account was not found");
  return json(toMyAccount(found));
}

function listLocks(sim: NukiSimulator, req: ApiRequest): Response {
  const authId = intQuery(req.url.searchParams, "authId");
  const type = intQuery(req.url.searchParams, "type");
  const locks = accountLocks(sim, req.accountId)
    .filter((lock) => authId === undefined || lock.authId === authId)
    .filter((lock) => type === undefined || lock.type === type);
  return json(locks.map((lock) => toSmartlock(lock, sim.now())));
}

/** Asks the cloud to sync with the lock now. The simulator's locks are always in sync: it only checks access. */
function sync(sim: NukiSimulator, req: ApiRequest): Response {
  ownLock(sim, req.accountId, param(req, "smartlockId"));
  return noContent();
}

/** Newest first, at most 50; `id` pages to the entries older than that one. */
function log(sim: NukiSimulator, req: ApiRequest): Response {
  const lock = ownLock(sim, req.accountId, param(req, "smartlockId"));
  const q = req.url.searchParams;
  const limit = intQuery(q, "limit") ?? LOG_DEFAULT_LIMIT;
  if (limit < 1) throw invalidParameter("limit", limit);
  const from = dateQuery(q, "fromDate");
  const to = dateQuery(q, "toDate");
  const action = intQuery(q, "action");
  const authId = q.get("authId");
  const olderThan = q.get("id");

  let entries = sim.data.logs.filter((entry) => entry.smartlockId === lock.smartlockId);
  if (olderThan) {
    const index = entries.findIndex((entry) => entry.id === olderThan);
    entries = index < 0 ? [] : entries.slice(index + 1);
  }
  entries = entries.filter((entry) => {
    const date = Date.parse(entry.date);
    return (
      (from === undefined || date >= from) &&
      (to === undefined || date <= to) &&
      (action === undefined || entry.action === action) &&
      (!authId || entry.authId === authId)
    );
  });
  return json(entries.slice(0, Math.min(limit, LOG_MAX_LIMIT)).map(toSmartlockLog));
}

export const lockEndpoints: Route[] = [
  apiRoute("GET", "/account", ["account"], account),
  apiRoute("GET", "/smartlock", READ_LOCKS, listLocks),
  apiRoute("GET", "/smartlock/:smartlockId", READ_LOCKS, (sim, req) =>
    json(toSmartlock(ownLock(sim, req.accountId, param(req, "smartlockId")), sim.now())),
  ),
  apiRoute("POST", "/smartlock/:smartlockId/sync", ["smartlock.action"], sync),
  apiRoute("GET", "/smartlock/:smartlockId/log", ["smartlock.log"], log),
];
