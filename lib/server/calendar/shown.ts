import "server-only";
import { storedText } from "@/lib/i18n/stored-text";
import type { Feed } from "@/lib/calendar/types";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";

/** A feed as the API answers it: its stored last error as a sentence in the request's language. */
export function shownFeed<F extends Feed>(feed: F, locale: Locale = "en"): F {
  return feed.lastError ? { ...feed, lastError: storedText(feed.lastError, { calendar: translateIn(locale, "calendar") }) } : feed;
}
