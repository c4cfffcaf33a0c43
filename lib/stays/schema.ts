import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { UUID_PATTERN } from "@/lib/validation/uuid";
import { isTimeOfDay } from "@/lib/time/daily";
import { isCalendarDate, validateStayDates } from "./dates";

export { isCalendarDate, MAX_NIGHTS, validateStayDates } from "./dates";
export { nightsBetween } from "./nights";

// Messages are keys of messages/<language>/validation.json: the API answers them in the request's language, the forms in the page's.
const date = (notDate: string) => z.string({ error: notDate }).refine(isCalendarDate, notDate);

export const stayCreateSchema = z
  .strictObject(
    {
      guestName: z.string({ error: "validation.guestNameText" }).trim().min(1, "validation.guestNameLength").max(60, "validation.guestNameLength"),
      arrival: date("validation.arrivalDate"),
      departure: date("validation.departureDate"),
      propertyId: z.string({ error: "validation.propertyChoose" }).regex(UUID_PATTERN, "validation.propertyChoose"),
    },
    objectError("validation.stayObject"),
  )
  .superRefine((stay, ctx) => {
    const problem = validateStayDates(stay.arrival, stay.departure);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

const ownTime = (notTime: string) => z.string({ error: notTime }).refine(isTimeOfDay, notTime).nullable();

export const stayPatchSchema = z.strictObject(
  {
    arrival: date("validation.arrivalDate").optional(),
    departure: date("validation.departureDate").optional(),
    /** The stay's own times over the property's (early arrival, late departure); null: the property's. */
    checkInTime: ownTime("validation.stayCheckInTime").optional(),
    checkOutTime: ownTime("validation.stayCheckOutTime").optional(),
    /** Stop following the calendar feed: later syncs leave this stay alone. */
    detach: z.literal(true, { error: "validation.detachTrue" }).optional(),
  },
  objectError("validation.changeObject"),
);

export type StayCreate = z.infer<typeof stayCreateSchema>;
export type StayPatch = z.infer<typeof stayPatchSchema>;
