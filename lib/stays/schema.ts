import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { UUID_PATTERN } from "@/lib/validation/uuid";
import { isTimeOfDay } from "@/lib/time/daily";
import { isCalendarDate, validateStayDates } from "./dates";

export { isCalendarDate, MAX_NIGHTS, validateStayDates } from "./dates";
export { nightsBetween } from "./nights";

const date = (label: string) =>
  z.string({ error: `${label} must be a date like 2027-01-08` }).refine(isCalendarDate, `${label} must be a date like 2027-01-08`);

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
