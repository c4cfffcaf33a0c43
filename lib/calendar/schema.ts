import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { MAX_FEED_URL_LENGTH } from "./limits";
import { FEED_LABELS } from "./types";

export { MAX_FEED_URL_LENGTH } from "./limits";

const fields = {
  label: z.enum(FEED_LABELS, { error: `Label must be one of ${FEED_LABELS.join(", ")}` }),
  url: z
    .string({ error: "Calendar link must be text" })
    .trim()
    .min(1, "Paste the calendar (iCal) link from the platform")
    .max(MAX_FEED_URL_LENGTH, `Calendar link must be at most ${MAX_FEED_URL_LENGTH} characters`),
  everyEventIsBooking: z.boolean({ error: "Every event is a booking must be true or false" }),
};

export const feedCreateSchema = z.strictObject(
  { label: fields.label, url: fields.url, everyEventIsBooking: fields.everyEventIsBooking.optional() },
  objectError("The calendar feed"),
);

export const feedPatchSchema = z.strictObject(
  {
    label: fields.label.optional(),
    url: fields.url.optional(),
    everyEventIsBooking: fields.everyEventIsBooking.optional(),
    /** The host confirms that a feed which suddenly lists no bookings is right: its stays may be cancelled. */
    confirmEmpty: z.literal(true, { error: "Confirm empty can only be true" }).optional(),
  },
  objectError("The change"),
);

export type FeedCreate = z.infer<typeof feedCreateSchema>;
export type FeedPatch = z.infer<typeof feedPatchSchema>;
