import { DEMO_ACCOUNT } from "./seed";
import { describedError, detailError, noContent, notFound } from "./errors";
import { parseAuthBody } from "./auth-body";
import { authJson, lockJson, logJson } from "./serialize";
import type { SimState } from "./state";

type Ctx = { state: SimState; method: string; segments: string[]; query: URLSearchParams; body: unknown };

const keypadTypes = (query: URLSearchParams) => {
  const types = query.get("types");
  return types === null ? null : types.split(",").map(Number);
};

function listAuths(state: SimState, query: URLSearchParams, smartlockId?: number) {
  const types = keypadTypes(query);
  return Response.json(
    state.auths
      .filter((a) => (smartlockId === undefined || a.smartlockId === smartlockId) && (!types || types.includes(a.type)))
      .map((a) => authJson(a, state.pendingFor(a.id))),
  );
}

function createOn(state: SimState, smartlockIds: number[], body: unknown): Response {
  const parsed = [];
  for (const id of smartlockIds) {
    const lock = state.lock(id);
    if (!lock) return detailError(403, "Forbidden");
    const result = parseAuthBody(body, lock, state.codesOn(id));
    if (!result.ok) return result.response;
    parsed.push({ id, fields: result.fields });
  }
  for (const { id, fields } of parsed) state.queue({ kind: "create", smartlockId: id, fields });
  return noContent();
}

function updateAuth(state: SimState, authId: string, body: unknown, smartlockId?: number): Response {
  const auth = state.auths.find((a) => a.id === authId && (smartlockId === undefined || a.smartlockId === smartlockId));
  if (!auth) return notFound();
  if (state.pendingFor(authId)) return describedError(423, "An operation on this authorization is pending");
  const lock = state.lock(auth.smartlockId)!;
  const result = parseAuthBody(body, lock, state.codesOn(auth.smartlockId, auth.id), auth);
  if (!result.ok) return result.response;
  state.queue({ kind: "update", smartlockId: auth.smartlockId, authId, fields: result.fields });
  return noContent();
}

function deleteAuth(state: SimState, authId: string, smartlockId?: number): Response {
  const auth = state.auths.find((a) => a.id === authId && (smartlockId === undefined || a.smartlockId === smartlockId));
  if (!auth) return notFound();
  if (state.pendingFor(authId)) return describedError(423, "An operation on this authorization is pending");
  state.queue({ kind: "delete", smartlockId: auth.smartlockId, authId });
  return noContent();
}

function log(state: SimState, smartlockId: number, query: URLSearchParams): Response {
  const limit = Number(query.get("limit") ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) return detailError(400, "The supplied value for parameter 'limit' is not valid");
  let entries = state.logs.filter((e) => e.smartlockId === smartlockId);
  const before = query.get("id");
  if (before) {
    const index = entries.findIndex((e) => e.id === before);
    entries = index === -1 ? [] : entries.slice(index + 1);
  }
  const authId = query.get("authId");
  if (authId) entries = entries.filter((e) => e.authId === authId);
  return Response.json(entries.slice(0, limit).map(logJson));
}

/** Nuki's REST endpoints a PIN dashboard uses, for the one demo account. */
export function handleRest({ state, method, segments, query, body }: Ctx): Response {
  state.settle();
  const [root, second, third, fourth] = segments;
  if (root === "account" && segments.length === 1 && method === "GET") {
    return Response.json({ ...DEMO_ACCOUNT, type: 0, emailVerified: true, language: "en", creationDate: "2025-05-01T09:00:00.000Z", updateDate: "2026-11-01T09:00:00.000Z" });
  }
  if (root !== "smartlock") return notFound();
  if (segments.length === 1 && method === "GET") return Response.json(state.locks.map(lockJson));
  if (second === "auth" && segments.length === 2) {
    if (method === "GET") return listAuths(state, query);
    if (method === "PUT") {
      const ids = (body as { smartlockIds?: unknown })?.smartlockIds;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every(Number.isInteger)) return detailError(400, "The supplied value for parameter 'smartlockIds' is not valid");
      return createOn(state, ids as number[], body);
    }
    if (method === "POST") {
      if (!Array.isArray(body)) return detailError(400, "The request body must be a JSON array");
      for (const item of body) {
        const response = updateAuth(state, String((item as { id?: unknown })?.id), item);
        if (response.status !== 204) return response;
      }
      return noContent();
    }
    if (method === "DELETE") {
      if (!Array.isArray(body)) return detailError(400, "The request body must be a JSON array of ids");
      for (const id of body) {
        const response = deleteAuth(state, String(id));
        if (response.status !== 204) return response;
      }
      return noContent();
    }
  }
  const smartlockId = Number(second);
  const lock = /^\d+$/.test(second ?? "") ? state.lock(smartlockId) : undefined;
  if (!lock) return /^\d+$/.test(second ?? "") ? detailError(403, "Forbidden") : notFound();
  if (segments.length === 2 && method === "GET") return Response.json(lockJson(lock));
  if (third === "sync" && segments.length === 3 && method === "POST") return noContent();
  if (third === "log" && segments.length === 3 && method === "GET") return log(state, smartlockId, query);
  if (third === "auth" && segments.length === 3) {
    if (method === "GET") return listAuths(state, query, smartlockId);
    if (method === "PUT") return createOn(state, [smartlockId], body);
  }
  if (third === "auth" && fourth && segments.length === 4) {
    if (method === "GET") {
      const auth = state.auths.find((a) => a.id === fourth && a.smartlockId === smartlockId);
      return auth ? Response.json(authJson(auth, state.pendingFor(auth.id))) : notFound();
    }
    if (method === "POST") return updateAuth(state, fourth, body, smartlockId);
    if (method === "DELETE") return deleteAuth(state, fourth, smartlockId);
  }
  return notFound();
}
