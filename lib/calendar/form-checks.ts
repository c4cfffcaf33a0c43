import type { FormError } from "@/lib/stays/form-errors";
import { MAX_FEED_URL_LENGTH } from "./limits";
import { FEED_LABELS } from "./types";

/**
 * The feed form's check in the browser: the rules of `feedCreateSchema` (lib/calendar/schema.ts)
 * for what the form sends, without bringing zod into the page; the server checks with the schema.
 * The first problem, as the form shows one at a time.
 */
export function feedCreateError(feed: { label: string; url: string }): FormError | null {
  if (!(FEED_LABELS as readonly string[]).includes(feed.label)) return { field: "label", message: "validation.feedLabel" };
  const url = feed.url.trim();
  if (url.length < 1) return { field: "url", message: "validation.feedUrlMissing" };
  if (url.length > MAX_FEED_URL_LENGTH) return { field: "url", message: "validation.feedUrlLength" };
  return null;
}
