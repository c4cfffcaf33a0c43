import { formatInTimeZone } from "date-fns-tz";
import type { NukiAuth, NukiAuthWrite } from "@/lib/nuki/schemas";
import { minutesToTimeOfDay, timeOfDayToMinutes } from "@/lib/time/daily";
import { instantToWallTime, wallTimeToInstant } from "@/lib/time/wall-time";
import { EVERY_DAY_MASK, isEveryDay, maskToWeekdays, weekdaysToMask } from "@/lib/time/weekdays";
import type { PinState } from "./schema";
import type { Pin } from "./types";

/** A keypad code as Nuki lists it, in the lock's own time. */
export function pinFromNukiAuth(auth: NukiAuth, zone: string): Omit<Pin, "status" | "statusReason" | "managed" | "drift"> {
  const from = auth.allowedFromTime ?? 0;
  const until = auth.allowedUntilTime ?? 0;
  const hasDaily = !(from === 0 && until === 0);
  return {
    id: auth.id,
    name: auth.name,
    code: auth.code == null ? "" : String(auth.code).padStart(6, "0"),
    enabled: auth.enabled,
    validFrom: auth.allowedFromDate ? instantToWallTime(auth.allowedFromDate, zone) : null,
    validUntil: auth.allowedUntilDate ? instantToWallTime(auth.allowedUntilDate, zone) : null,
    weekdays: maskToWeekdays(auth.allowedWeekDays),
    dailyFrom: hasDaily ? minutesToTimeOfDay(Math.min(from, 1439)) : null,
    dailyUntil: hasDaily ? minutesToTimeOfDay(Math.min(until, 1439)) : null,
    lastUsedAt: auth.lastActiveDate ?? null,
  };
}

/** Fields left out keep their value; `null` clears an optional one. */
export function mergePinPatch(current: PinState, patch: Partial<PinState>): PinState {
  const merged = { ...current };
  for (const key of Object.keys(patch) as (keyof PinState)[]) {
    if (patch[key] !== undefined) Object.assign(merged, { [key]: patch[key] });
  }
  return merged;
}

type PayloadResult =
  | { ok: true; payload: NukiAuthWrite; notes: string[] }
  | { ok: false; field: keyof PinState; message: string; values: ClockGap };

/** A wall time the clocks skip, for the sentence that says so (errors.clockGap): "2027-03-28 02:30". */
export interface ClockGap {
  wall: string;
  zone: string;
  next: string;
}

function toInstant(wall: string, zone: string, field: keyof PinState, notes: string[]): Date | { field: keyof PinState; message: string; values: ClockGap } {
  const result = wallTimeToInstant(wall, zone);
  if (result.kind === "nonexistent") {
    const shown = wall.replace("T", " ");
    const next = result.nextValid.replace("T", " ");
    return {
      field,
      message: `${shown} does not exist in ${zone}: the clocks jump forward. Use ${next} instead.`,
      values: { wall: shown, zone, next },
    };
  }
  if (result.kind === "ambiguous") {
    const offset = formatInTimeZone(result.instant, zone, "xxx");
    // Kept for logs and tests; no screen shows it.
    notes.push(`${wall.replace("T", " ")} occurs twice in ${zone}; using the first (UTC${offset}).`);
  }
  return result.instant;
}

/**
 * The complete body of a keypad-code write. Always every field: Nuki clears any time field an
 * update leaves out, so a rename that sent only the name would silently wipe the guest's window.
 */
export function nukiPayloadFromPin(state: PinState, zone: string, now: Date): PayloadResult {
  const notes: string[] = [];
  const from = state.validFrom ? toInstant(state.validFrom, zone, "validFrom", notes) : null;
  if (from && !(from instanceof Date)) return { ok: false, ...from };
  const until = state.validUntil ? toInstant(state.validUntil, zone, "validUntil", notes) : null;
  if (until && !(until instanceof Date)) return { ok: false, ...until };

  const hasDaily = Boolean(state.dailyFrom && state.dailyUntil);
  const restrictsDays = !isEveryDay(state.weekdays);
  // Nuki ignores weekday and daily restrictions unless a start date is set.
  const start = from ?? (hasDaily || restrictsDays ? now : null);
  return {
    ok: true,
    notes,
    payload: {
      name: state.name,
      code: Number(state.code),
      enabled: state.enabled,
      remoteAllowed: false,
      allowedFromDate: start ? start.toISOString() : null,
      allowedUntilDate: until ? until.toISOString() : null,
      allowedWeekDays: restrictsDays ? weekdaysToMask(state.weekdays) : EVERY_DAY_MASK,
      allowedFromTime: hasDaily ? timeOfDayToMinutes(state.dailyFrom!) : 0,
      allowedUntilTime: hasDaily ? timeOfDayToMinutes(state.dailyUntil!) : 0,
    },
  };
}
