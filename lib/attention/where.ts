import type { AttentionItem } from "./types";

/** Where an item is fixed by hand: its door, the stay, or the property's calendar feeds. */
export function attentionHref(item: AttentionItem): string {
  if (item.lockId !== undefined) return `/locks/${item.lockId}`;
  if (item.stayId) return `/stays/${item.stayId}`;
  return `/properties/${item.propertyId}#calendar-feeds`;
}

/** What a fix acts on, for its button's accessible name: "Anna on Berlin Apartment", "Airbnb calendar of Calendar Flat". */
export function attentionSubject(item: AttentionItem): string {
  if (item.lockId !== undefined) return item.pinName ? `${item.pinName} on ${item.lockName}` : item.lockName;
  if (item.stayName) return `${item.stayName} at ${item.propertyName}`;
  return `${item.feedName ?? "Calendar"} calendar of ${item.propertyName}`;
}
