import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { UUID_PATTERN } from "@/lib/validation/uuid";
import { isTimeOfDay } from "@/lib/time/daily";
import { nightsBetween } from "./nights";

export const MAX_NIGHTS = 365;

/** A real calendar date `YYYY-MM-DD` (2027-02-30 is refused, not rolled over). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export { nightsBetween } from "./nights";

const date = (label: string) =>
  z.string({ error: `${label} must be a date like 2027-01-08` }).refine(isCalendarDate, `${label} must be a date like 2027-01-08`);

/** Departure after arrival, and not absurdly far: checked on the whole stay, also after a PATCH merge. */
export function validateStayDates(arrival: string, departure: string): { field: "departure"; message: string } | null {
  if (!isCalendarDate(arrival) || !isCalendarDate(departure)) return null;
  const nights = nightsBetween(arrival, departure);
  if (nights < 1) return { field: "departure", message: "Departure must be after arrival" };
  if (nights > MAX_NIGHTS) return { field: "departure", message: `A stay can be at most ${MAX_NIGHTS} nights` };
  return null;
}

export const stayCreateSchema = z
  .strictObject(
    {
      guestName: z.string({ error: "Guest name must be text" }).trim().min(1, "Guest name must be 1–60 characters").max(60, "Guest name must be 1–60 characters"),
      arrival: date("Arrival"),
      departure: date("Departure"),
      propertyId: z.string({ error: "Choose a property" }).regex(UUID_PATTERN, "Choose a property"),
    },
    objectError("The stay"),
  )
  .superRefine((stay, ctx) => {
    const problem = validateStayDates(stay.arrival, stay.departure);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

const ownTime = (label: string) =>
  z
    .string({ error: `${label} must be a time like 15:00, or null for the property's` })
    .refine(isTimeOfDay, `${label} must be a time like 15:00, or null for the property's`)
    .nullable();

export const stayPatchSchema = z.strictObject(
  {
    arrival: date("Arrival").optional(),
    departure: date("Departure").optional(),
    /** The stay's own times over the property's (early arrival, late departure); null: the property's. */
    checkInTime: ownTime("Check-in").optional(),
    checkOutTime: ownTime("Check-out").optional(),
    /** Stop following the calendar feed: later syncs leave this stay alone. */
    detach: z.literal(true, { error: "Detach can only be true" }).optional(),
  },
  objectError("The change"),
);

export type StayCreate = z.infer<typeof stayCreateSchema>;
export type StayPatch = z.infer<typeof stayPatchSchema>;
