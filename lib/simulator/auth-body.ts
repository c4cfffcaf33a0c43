import "server-only";
import { invalidParameter, SimError } from "./errors";
import { isRecord } from "./request";
import type { AuthCreateFields, AuthUpdateFields, SimLock, TimeRestriction } from "./types";

/** Request bodies of SmartlockAuthCreate / SmartlockAuthUpdate, checked the way Nuki refuses them. */

export const KEYPAD_CODE = 13;
/** Auth types a create may ask for: 0 app, 2 fob (both need an account user), 13 keypad code. */
const CREATABLE_TYPES = new Set([0, 2, KEYPAD_CODE]);
const MAX_KEYPAD_NAME = 20;
const MAX_NAME = 32;

/** RFC 3339 date-time with seconds and an offset, as the spec's `date-time` format means. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isBool = (v: unknown): v is boolean => typeof v === "boolean";
const isString = (v: unknown): v is string => typeof v === "string";
const inRange = (min: number, max: number) => (v: unknown): v is number => isInt(v) && v >= min && v <= max;
const isDateTime = (v: unknown): v is string => isString(v) && DATE_TIME.test(v) && Number.isFinite(Date.parse(v));

/** A field's value: undefined when absent; `null` only where Nuki takes it to mean "clear". */
function read<T>(body: Record<string, unknown>, key: string, check: (v: unknown) => v is T, nullable = false): T | undefined {
  const value = body[key];
  if (value === undefined || (value === null && nullable)) return undefined;
  if (!check(value)) throw invalidParameter(key, typeof value === "string" ? value : JSON.stringify(value));
  return value;
}

function object(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new SimError(400, "The request body must be a JSON object");
  return body;
}

function requiredName(body: Record<string, unknown>): string {
  const name = read(body, "name", isString);
  if (name === undefined || !name.trim()) throw invalidParameter("name", name ?? "");
  return name;
}

/** Every update replaces the time restriction: a field left out (or null) is cleared. */
function timeRestriction(body: Record<string, unknown>): TimeRestriction {
  const from = read(body, "allowedFromDate", isDateTime, true);
  const until = read(body, "allowedUntilDate", isDateTime, true);
  return {
    allowedFromDate: from === undefined ? undefined : new Date(from).toISOString(),
    allowedUntilDate: until === undefined ? undefined : new Date(until).toISOString(),
    allowedWeekDays: read(body, "allowedWeekDays", inRange(0, 127), true) ?? 0,
    allowedFromTime: read(body, "allowedFromTime", inRange(0, 1439), true) ?? 0,
    allowedUntilTime: read(body, "allowedUntilTime", inRange(0, 1439), true) ?? 0,
  };
}

/** Six digits 1–9, not starting with 12. */
export function isValidKeypadCode(code: number): boolean {
  const digits = String(code);
  return /^[1-9]{6}$/.test(digits) && !digits.startsWith("12");
}

/** The checks that depend on the auth's type: code rules (a create must send a code), name length. */
export function checkTypeRules(type: number, name: string, code: number | undefined, codeRequired: boolean) {
  if (type === KEYPAD_CODE) {
    if (code === undefined && codeRequired) throw new SimError(400, "The parameter 'code' is required for a keypad code");
    if (code !== undefined && !isValidKeypadCode(code)) throw invalidParameter("code", code);
    if (name.length > MAX_KEYPAD_NAME) throw new SimError(422, `The name of a keypad code must not be longer than ${MAX_KEYPAD_NAME} characters`);
  } else {
    if (code !== undefined) throw invalidParameter("code", code);
    if (name.length > MAX_NAME) throw new SimError(422, `The name must not be longer than ${MAX_NAME} characters`);
  }
}

/** Types and values of a create body; lock-dependent checks come after. */
export function parseCreate(raw: unknown): AuthCreateFields {
  const body = object(raw);
  const type = read(body, "type", isInt) ?? 0;
  const name = requiredName(body);
  const remoteAllowed = read(body, "remoteAllowed", isBool);
  if (remoteAllowed === undefined) throw new SimError(400, "The parameter 'remoteAllowed' is required");
  const fields: AuthCreateFields = {
    type,
    name,
    enabled: read(body, "enabled", isBool) ?? true,
    remoteAllowed,
    code: read(body, "code", isInt),
    accountUserId: read(body, "accountUserId", isInt),
    ...timeRestriction(body),
  };
  read(body, "smartActionsEnabled", isBool);
  if (!CREATABLE_TYPES.has(type)) throw invalidParameter("type", type);
  if (type !== KEYPAD_CODE && fields.accountUserId === undefined) {
    throw new SimError(400, "The parameter 'accountUserId' is required unless type is 13 (keypad code)");
  }
  return fields;
}

/** The `smartlockIds` of a SmartlocksAuthCreate: a non-empty list of lock ids. */
export function parseSmartlockIds(raw: unknown): number[] {
  const ids = object(raw).smartlockIds;
  if (ids === undefined) throw new SimError(400, "The parameter 'smartlockIds' is required");
  if (!Array.isArray(ids) || !ids.length || !ids.every(isInt)) throw invalidParameter("smartlockIds", JSON.stringify(ids));
  return [...new Set(ids)];
}

export function parseUpdate(raw: unknown): AuthUpdateFields {
  const body = object(raw);
  return {
    name: requiredName(body),
    enabled: read(body, "enabled", isBool),
    remoteAllowed: read(body, "remoteAllowed", isBool),
    code: read(body, "code", isInt),
    accountUserId: read(body, "accountUserId", isInt),
    ...timeRestriction(body),
  };
}

/** `type: 13` needs a keypad the cloud knows about; Nuki's words for the refusal. */
export function checkKeypad(lock: SimLock, type: number) {
  if (type === KEYPAD_CODE && !lock.keypadPaired && !lock.keypad2Paired) throw invalidParameter("type", type);
}
