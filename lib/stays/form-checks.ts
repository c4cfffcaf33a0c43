import { isTimeOfDay } from "@/lib/time/daily";
import { UUID_PATTERN } from "@/lib/validation/uuid";
import { isCalendarDate, validateStayDates } from "./dates";
import type { FieldErrors } from "./form-errors";

/**
 * The stay forms' checks in the browser: the rules of `stayCreateSchema` and `stayPatchSchema`
 * (lib/stays/schema.ts) for what the forms send, without bringing zod into the page. The server
 * still checks every request with the schemas; `form-checks.test.ts` holds both to the same errors.
 */

// Errors are keys of messages/<language>/validation.json, the same as the schemas'; the forms show them translated.
const dateError = (notDate: string, value: string) => (isCalendarDate(value) ? undefined : notDate);
const timeError = (notTime: string, value: string | null) => (value === null || isTimeOfDay(value) ? undefined : notTime);

function collect(entries: [string, string | undefined][]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, message] of entries) if (message !== undefined) errors[field] ??= message;
  return errors;
}

/** What the new-stay form sends: every field's first problem, then departure against arrival. */
export function stayCreateErrors(stay: { guestName: string; arrival: string; departure: string; propertyId: string }): FieldErrors {
  const name = stay.guestName.trim();
  const between = validateStayDates(stay.arrival, stay.departure);
  return collect([
    ["guestName", name.length < 1 || name.length > 60 ? "validation.guestNameLength" : undefined],
    ["arrival", dateError("validation.arrivalDate", stay.arrival)],
    ["departure", dateError("validation.departureDate", stay.departure)],
    ["propertyId", UUID_PATTERN.test(stay.propertyId) ? undefined : "validation.propertyChoose"],
    [between?.field ?? "departure", between?.message],
  ]);
}

/** A change of a stay's dates or own times, as the stay page's forms send it. */
export function stayPatchErrors(patch: { arrival?: string; departure?: string; checkInTime?: string | null; checkOutTime?: string | null }): FieldErrors {
  return collect([
    ["arrival", patch.arrival === undefined ? undefined : dateError("validation.arrivalDate", patch.arrival)],
    ["departure", patch.departure === undefined ? undefined : dateError("validation.departureDate", patch.departure)],
    ["checkInTime", patch.checkInTime === undefined ? undefined : timeError("validation.stayCheckInTime", patch.checkInTime)],
    ["checkOutTime", patch.checkOutTime === undefined ? undefined : timeError("validation.stayCheckOutTime", patch.checkOutTime)],
  ]);
}
