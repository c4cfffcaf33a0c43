import type { Translate } from "@/lib/i18n/types";
import type { AttentionItem } from "./types";

/** Where an item is fixed by hand: its door, the stay, or the property's calendar feeds. */
export function attentionHref(item: AttentionItem): string {
  if (item.lockId !== undefined) return `/locks/${item.lockId}`;
  if (item.stayId) return `/stays/${item.stayId}`;
  return `/properties/${item.propertyId}#calendar-feeds`;
}

/** What a fix acts on, for its button's accessible name: "Anna on Berlin Apartment", "Airbnb calendar of Calendar Flat" (`t` of `attention`). */
export function attentionSubject(item: AttentionItem, t: Translate): string {
  if (item.lockId !== undefined) return item.pinName ? t("subject.pinOnLock", { pin: item.pinName, lock: item.lockName }) : item.lockName;
  if (item.stayName) return t("subject.stayAt", { guest: item.stayName, property: item.propertyName });
  return t("subject.calendarOf", { feed: item.feedName ?? t("calendar"), property: item.propertyName });
}
