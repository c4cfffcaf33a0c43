import "server-only";
import { accountLocks, intQuery, ownAuth, ownLock, typesQuery } from "./access";
import { checkKeypad, checkTypeRules, parseCreate, parseSmartlockIds, parseUpdate } from "./auth-body";
import { json, noContent, SimError } from "./errors";
import { refuseWhilePending, unreliable } from "./fault-injection";
import { createOperation, enqueue, pendingByAuth, pendingFor } from "./propagation";
import { isRecord, jsonBody } from "./request";
import { apiRoute, param, type ApiRequest, type Route } from "./route-types";
import { toSmartlockAuth } from "./serialize";
import type { NukiSimulator } from "./simulator";
import type { AuthCreateFields, PendingOperation, SimAuth } from "./types";

const SCOPE = ["smartlock.auth"];

/** A code counts as taken while any auth on the lock has it, or any accepted write will give it one. */
export function codeTaken(sim: NukiSimulator, smartlockId: number, code: number, exceptId: string | undefined, planned: PendingOperation[]): boolean {
  for (const auth of sim.data.auths.values()) {
    if (auth.smartlockId === smartlockId && auth.id !== exceptId && auth.code === code) return true;
  }
  return [...sim.data.operations, ...planned].some(
    (op) =>
      op.smartlockId === smartlockId &&
      ((op.kind === "create" && op.fields.code === code) || (op.kind === "update" && op.authId !== exceptId && op.fields.code === code)),
  );
}

export function conflict(): never {
  throw new SimError(409, "The code is already used by another keypad code on this smartlock");
}

function listed(sim: NukiSimulator, auths: SimAuth[], query: URLSearchParams) {
  const pending = pendingByAuth(sim.data);
  const types = typesQuery(query);
  const accountUserId = intQuery(query, "accountUserId");
  return auths
    .filter((a) => !types || types.has(a.type))
    .filter((a) => accountUserId === undefined || (accountUserId < 0 ? a.accountUserId === undefined : a.accountUserId === accountUserId))
    .map((a) => toSmartlockAuth(a, pending(a.id)));
}

function authsOf(sim: NukiSimulator, smartlockIds: Set<number>): SimAuth[] {
  return [...sim.data.auths.values()].filter((a) => smartlockIds.has(a.smartlockId));
}

/** Validates a create for each lock first, then queues all of them: one bad lock refuses the whole request. */
function create(sim: NukiSimulator, req: ApiRequest, fields: AuthCreateFields, smartlockIds: number[]): Response {
  const planned: PendingOperation[] = [];
  for (const smartlockId of smartlockIds) {
    const lock = ownLock(sim, req.accountId, smartlockId);
    checkKeypad(lock, fields.type);
    checkTypeRules(fields.type, fields.name, fields.code, true);
    if (fields.code !== undefined && codeTaken(sim, lock.smartlockId, fields.code, undefined, planned)) conflict();
    planned.push(createOperation(sim, { kind: "create", smartlockId: lock.smartlockId, fields: { ...fields } }));
  }
  enqueue(sim, unreliable(sim, req, planned));
  return noContent();
}

function updates(sim: NukiSimulator, req: ApiRequest, items: { id: string; body: unknown }[], smartlockId?: string): Response {
  const planned: PendingOperation[] = [];
  for (const item of items) {
    const auth = ownAuth(sim, req.accountId, item.id, smartlockId);
    const fields = parseUpdate(item.body);
    checkTypeRules(auth.type, fields.name, fields.code, false);
    if (fields.code !== undefined && codeTaken(sim, auth.smartlockId, fields.code, auth.id, planned)) conflict();
    refuseWhilePending(sim, req, auth);
    planned.push(createOperation(sim, { kind: "update", smartlockId: auth.smartlockId, authId: auth.id, fields }));
  }
  enqueue(sim, unreliable(sim, req, planned));
  return noContent();
}

function deletes(sim: NukiSimulator, req: ApiRequest, ids: string[], smartlockId?: string): Response {
  const auths = ids.map((id) => ownAuth(sim, req.accountId, id, smartlockId));
  for (const auth of auths) refuseWhilePending(sim, req, auth);
  const planned = auths.map((auth) => createOperation(sim, { kind: "delete" as const, smartlockId: auth.smartlockId, authId: auth.id }));
  enqueue(sim, unreliable(sim, req, planned));
  return noContent();
}

function arrayBody(req: ApiRequest): unknown[] {
  const body = jsonBody(req);
  if (!Array.isArray(body) || body.length === 0) throw new SimError(400, "The request body must be a non-empty JSON array");
  return body;
}

function listAll(sim: NukiSimulator, req: ApiRequest): Response {
  const ids = new Set(accountLocks(sim, req.accountId).map((l) => l.smartlockId));
  return json(listed(sim, authsOf(sim, ids), req.url.searchParams));
}

function listLock(sim: NukiSimulator, req: ApiRequest): Response {
  const lock = ownLock(sim, req.accountId, param(req, "smartlockId"));
  return json(listed(sim, authsOf(sim, new Set([lock.smartlockId])), req.url.searchParams));
}

function getOne(sim: NukiSimulator, req: ApiRequest): Response {
  const auth = ownAuth(sim, req.accountId, param(req, "id"), param(req, "smartlockId"));
  return json(toSmartlockAuth(auth, pendingFor(sim.data, auth.id)));
}

function createMany(sim: NukiSimulator, req: ApiRequest): Response {
  const body = jsonBody(req);
  const fields = parseCreate(body);
  return create(sim, req, fields, parseSmartlockIds(body));
}

function createOne(sim: NukiSimulator, req: ApiRequest): Response {
  return create(sim, req, parseCreate(jsonBody(req)), [Number(param(req, "smartlockId"))]);
}

function updateMany(sim: NukiSimulator, req: ApiRequest): Response {
  const items = arrayBody(req).map((body) => {
    if (!isRecord(body) || typeof body.id !== "string") throw new SimError(400, "Every update needs the 'id' of the authorization");
    return { id: body.id, body };
  });
  return updates(sim, req, items);
}

function deleteMany(sim: NukiSimulator, req: ApiRequest): Response {
  const ids = arrayBody(req);
  if (!ids.every((id): id is string => typeof id === "string")) throw new SimError(400, "The request body must be an array of authorization ids");
  return deletes(sim, req, ids);
}

export const authEndpoints: Route[] = [
  apiRoute("GET", "/smartlock/auth", SCOPE, listAll),
  apiRoute("PUT", "/smartlock/auth", SCOPE, createMany),
  apiRoute("POST", "/smartlock/auth", SCOPE, updateMany),
  apiRoute("DELETE", "/smartlock/auth", SCOPE, deleteMany),
  apiRoute("GET", "/smartlock/:smartlockId/auth", SCOPE, listLock),
  apiRoute("PUT", "/smartlock/:smartlockId/auth", SCOPE, createOne),
  apiRoute("GET", "/smartlock/:smartlockId/auth/:id", SCOPE, getOne),
  apiRoute("POST", "/smartlock/:smartlockId/auth/:id", SCOPE, (sim, req) =>
    updates(sim, req, [{ id: param(req, "id"), body: jsonBody(req) }], param(req, "smartlockId")),
  ),
  apiRoute("DELETE", "/smartlock/:smartlockId/auth/:id", SCOPE, (sim, req) =>
    deletes(sim, req, [param(req, "id")], param(req, "smartlockId")),
  ),
];
