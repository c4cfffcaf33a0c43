import type { Pin } from "@/lib/pins/types";
import type { PinRef } from "./types";

interface RecordRef {
  id: string;
  authId: string | null;
  name: string;
  desired: { name: string } | null;
}

/**
 * How a lock's log names map to Keyhost's PINs: managed PINs by the auth id the ledger recorded
 * , unmanaged ones by Nuki's id, which is their id.
 */
export function pinRefs(pins: Pick<Pin, "id" | "name" | "managed">[], records: RecordRef[]): PinRef[] {
  const refs: PinRef[] = [];
  for (const record of records) {
    if (record.authId) refs.push({ pinId: record.id, authId: record.authId, name: record.desired?.name ?? record.name });
  }
  const known = new Set(refs.map((r) => r.authId));
  for (const pin of pins) {
    if (!pin.managed && !known.has(pin.id)) refs.push({ pinId: pin.id, authId: pin.id, name: pin.name });
  }
  return refs;
}
