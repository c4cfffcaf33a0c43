import { describedError, detailError } from "./errors";
import type { AuthFields, SimAuth, SimLock } from "./types";

type Body = Record<string, unknown>;
export type Parsed = { ok: true; fields: AuthFields } | { ok: false; response: Response };

const fail = (response: Response): Parsed => ({ ok: false, response });
const bad = (message: string) => fail(detailError(400, message));

const isInt = (v: unknown, min: number, max: number) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const isDate = (v: unknown) => v === null || v === undefined || (typeof v === "string" && !Number.isNaN(Date.parse(v)));

/** Nuki's keypad rules: 6 digits, each 1–9, not starting with 12. */
export function isKeypadCode(code: unknown): code is number {
  return typeof code === "number" && /^[1-9]{6}$/.test(String(code)) && !String(code).startsWith("12");
}

/** Parses a create (`existing` absent) or an update body the way Nuki does, including its quirks. */
export function parseAuthBody(body: unknown, lock: SimLock, codesOnLock: Set<number>, existing?: SimAuth): Parsed {
  if (!body || typeof body !== "object" || Array.isArray(body)) return bad("The request body must be a JSON object");
  const b = body as Body;
  if (typeof b.name !== "string" || b.name.trim() === "") return bad("The supplied value for parameter 'name' is not valid");
  if (!existing) {
    if (typeof b.remoteAllowed !== "boolean") return bad("The supplied value for parameter 'remoteAllowed' is not valid");
    if (b.type !== 13) return bad(`The supplied value '${String(b.type)}' for parameter 'type' is not valid`);
    if (!lock.keypadPaired && !lock.keypad2Paired) return bad("The supplied value '13' for parameter 'type' is not valid");
  }
  const code = b.code ?? existing?.code;
  if (!isKeypadCode(code)) return bad(`The supplied value '${String(b.code)}' for parameter 'code' is not valid`);
  if (b.enabled !== undefined && typeof b.enabled !== "boolean") return bad("The supplied value for parameter 'enabled' is not valid");
  if (!isDate(b.allowedFromDate)) return bad("The supplied value for parameter 'allowedFromDate' is not valid");
  if (!isDate(b.allowedUntilDate)) return bad("The supplied value for parameter 'allowedUntilDate' is not valid");
  for (const key of ["allowedFromTime", "allowedUntilTime"]) {
    if (b[key] !== undefined && b[key] !== null && !isInt(b[key], 0, 1440)) return bad(`The supplied value for parameter '${key}' is not valid`);
  }
  if (b.allowedWeekDays !== undefined && b.allowedWeekDays !== null && !isInt(b.allowedWeekDays, 0, 127)) {
    return bad("The supplied value for parameter 'allowedWeekDays' is not valid");
  }
  if (b.name.length > 20) return fail(describedError(422, "The name of a keypad code may have at most 20 characters"));
  if (codesOnLock.has(code)) return fail(describedError(409, "The code is already in use on this smartlock"));

  // Whatever time field the body leaves out is cleared: Nuki replaces the restriction as a whole.
  return {
    ok: true,
    fields: {
      name: b.name,
      code,
      enabled: typeof b.enabled === "boolean" ? b.enabled : (existing?.enabled ?? true),
      remoteAllowed: typeof b.remoteAllowed === "boolean" ? b.remoteAllowed : (existing?.remoteAllowed ?? false),
      allowedFromDate: typeof b.allowedFromDate === "string" ? new Date(b.allowedFromDate).toISOString() : undefined,
      allowedUntilDate: typeof b.allowedUntilDate === "string" ? new Date(b.allowedUntilDate).toISOString() : undefined,
      allowedWeekDays: typeof b.allowedWeekDays === "number" ? b.allowedWeekDays : 0,
      allowedFromTime: typeof b.allowedFromTime === "number" ? b.allowedFromTime : 0,
      allowedUntilTime: typeof b.allowedUntilTime === "number" ? b.allowedUntilTime : 0,
    },
  };
}
