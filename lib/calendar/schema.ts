import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { MAX_FEED_URL_LENGTH } from "./limits";
import { FEED_LABELS } from "./types";

export { MAX_FEED_URL_LENGTH } from "./limits";

const fields = {
  label: z.enum(FEED_LABELS, { error: "validation.feedLabel" }),
  url: z
    .string({ error: "validation.feedUrlText" })
    .trim()
    .min(1, "validation.feedUrlMissing")
    .max(MAX_FEED_URL_LENGTH, "validation.feedUrlLength"),
  everyEventIsBooking: z.boolean({ error: "validation.feedEveryEventBoolean" }),
};

export const feedCreateSchema = z.strictObject(
  { label: fields.label, url: fields.url, everyEventIsBooking: fields.everyEventIsBooking.optional() },
  objectError("validation.feedObject"),
);

export const feedPatchSchema = z.strictObject(
  {
    label: fields.label.optional(),
    url: fields.url.optional(),
    everyEventIsBooking: fields.everyEventIsBooking.optional(),
    /** The host confirms that a feed which suddenly lists no bookings is right: its stays may be cancelled. */
    confirmEmpty: z.literal(true, { error: "validation.feedConfirmEmpty" }).optional(),
  },
  objectError("validation.changeObject"),
);

export type FeedCreate = z.infer<typeof feedCreateSchema>;
export type FeedPatch = z.infer<typeof feedPatchSchema>;
