import "server-only";
import { z } from "zod";
import { checkKeypad, checkTypeRules, DATE_TIME, KEYPAD_CODE, parseCreate } from "./auth-body";
import { codeTaken, conflict } from "./auth-endpoints";
import { SimError } from "./errors";
import { insertAuth } from "./propagation";
import type { NukiSimulator } from "./simulator";
import type { SimAuth } from "./types";

/**
 * Changes made in the Nuki app, behind Keyhost's back: they act on the lock directly, so they
 * apply at once, and show in the request log with `origin: "nuki-app"`. `null` clears a field,
 * which is how a change in the app that removes the time window is expressed.
 */

const dateTime = z.string().regex(DATE_TIME, "must be an RFC 3339 date-time with an offset").refine((v) => Number.isFinite(Date.parse(v)), "is not a date");
const minutes = z.number().int().min(0).max(1439).nullable().optional();

export const appAuthPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(32).optional(),
    code: z.number().int().optional(),
    enabled: z.boolean().optional(),
    allowedFromDate: dateTime.nullable().optional(),
    allowedUntilDate: dateTime.nullable().optional(),
    allowedWeekDays: z.number().int().min(0).max(127).nullable().optional(),
    allowedFromTime: minutes,
    allowedUntilTime: minutes,
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), { message: "give at least one field to change" });

export type AppAuthPatch = z.input<typeof appAuthPatchSchema>;

const CLEAR_WINDOW = { allowedFromDate: null, allowedUntilDate: null, allowedWeekDays: null, allowedFromTime: null, allowedUntilTime: null };

function logAppChange(sim: NukiSimulator, method: string, path: string, body?: unknown) {
  sim.log({ method, path, query: {}, body, status: 204, origin: "nuki-app" });
}

function findAuth(sim: NukiSimulator, id: string): SimAuth {
  const auth = sim.data.auths.get(id);
  if (!auth) throw new SimError(404, `No authorization ${id}`);
  return auth;
}

const iso = (value: string | null | undefined, current: string | undefined) =>
  value === undefined ? current : value === null ? undefined : new Date(value).toISOString();

export function appUpdateAuth(sim: NukiSimulator, id: string, raw: AppAuthPatch): SimAuth {
  const patch = appAuthPatchSchema.parse(raw);
  const auth = findAuth(sim, id);
  checkTypeRules(auth.type, patch.name ?? auth.name, patch.code, false);
  if (patch.code !== undefined && codeTaken(sim, auth.smartlockId, patch.code, auth.id, [])) conflict();
  if (patch.name !== undefined) auth.name = patch.name;
  if (patch.code !== undefined) auth.code = patch.code;
  if (patch.enabled !== undefined) auth.enabled = patch.enabled;
  auth.allowedFromDate = iso(patch.allowedFromDate, auth.allowedFromDate);
  auth.allowedUntilDate = iso(patch.allowedUntilDate, auth.allowedUntilDate);
  if (patch.allowedWeekDays !== undefined) auth.allowedWeekDays = patch.allowedWeekDays ?? 0;
  if (patch.allowedFromTime !== undefined) auth.allowedFromTime = patch.allowedFromTime ?? 0;
  if (patch.allowedUntilTime !== undefined) auth.allowedUntilTime = patch.allowedUntilTime ?? 0;
  auth.updateDate = new Date(sim.now()).toISOString();
  logAppChange(sim, "POST", `/smartlock/${auth.smartlockId}/auth/${auth.id}`, raw);
  sim.publish([{ kind: "auth", at: sim.now(), auth: { ...auth } }]);
  return auth;
}

export function appDeleteAuth(sim: NukiSimulator, id: string): SimAuth {
  const auth = findAuth(sim, id);
  sim.data.auths.delete(id);
  logAppChange(sim, "DELETE", `/smartlock/${auth.smartlockId}/auth/${auth.id}`);
  sim.publish([{ kind: "auth", at: sim.now(), auth: { ...auth }, deleted: true }]);
  return auth;
}

/** A code added in the app: checked like a create through the API, keypad code and no remote access unless told. */
export function appCreateAuth(sim: NukiSimulator, smartlockId: number, body: Record<string, unknown>): SimAuth {
  const lock = sim.data.locks.get(smartlockId);
  if (!lock) throw new SimError(404, `No lock ${smartlockId}`);
  const fields = parseCreate({ type: KEYPAD_CODE, remoteAllowed: false, ...body });
  checkKeypad(lock, fields.type);
  checkTypeRules(fields.type, fields.name, fields.code, true);
  if (fields.code !== undefined && codeTaken(sim, smartlockId, fields.code, undefined, [])) conflict();
  const auth = insertAuth(sim.data, lock, fields, sim.now());
  logAppChange(sim, "PUT", `/smartlock/${smartlockId}/auth`, body);
  sim.publish([{ kind: "auth", at: sim.now(), auth: { ...auth } }]);
  return auth;
}

/** `rateAppChange`: per REST call, per lock it concerns, maybe rename, disable or unrestrict one keypad code. */
export function randomAppChanges(sim: NukiSimulator, smartlockId: number | undefined) {
  const lockIds = smartlockId === undefined ? [...sim.data.locks.keys()] : [smartlockId];
  for (const lockId of lockIds) {
    if (!sim.faults.roll(sim.faults.effective(lockId).rateAppChange)) continue;
    const codes = [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === KEYPAD_CODE);
    const auth = sim.faults.pick(codes);
    if (!auth) continue;
    const base = auth.name.replace(/ \(app\)$/, "").slice(0, 14);
    const changes: AppAuthPatch[] = [{ name: `${base} (app)` }];
    if (auth.enabled) changes.push({ enabled: false });
    if (auth.allowedFromDate || auth.allowedUntilDate || auth.allowedWeekDays || auth.allowedFromTime || auth.allowedUntilTime) {
      changes.push(CLEAR_WINDOW);
    }
    sim.faults.count("appChange");
    appUpdateAuth(sim, auth.id, sim.faults.pick(changes) ?? CLEAR_WINDOW);
  }
}
