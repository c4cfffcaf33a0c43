import type { DoorEntry, EntryPage } from "@/lib/activity/types";

/** A stay's PIN on one door, as `stay_pins` records it. */
export interface StayPinRef {
  pinId: string;
  stayId: string;
  guestName: string;
}

/** Ties each entry made with a stay's PIN to that stay, by Keyhost's PIN id; other entries stay as they are. */
export function tieEntriesToStays(page: EntryPage, refs: StayPinRef[]): EntryPage {
  const byPin = new Map(refs.map((ref) => [ref.pinId, ref]));
  const tie = (entry: DoorEntry): DoorEntry => {
    const ref = entry.pinId ? byPin.get(entry.pinId) : undefined;
    return ref ? { ...entry, stay: { id: ref.stayId, guestName: ref.guestName } } : entry;
  };
  return { ...page, entries: page.entries.map(tie) };
}
