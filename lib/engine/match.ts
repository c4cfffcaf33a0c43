import "server-only";
import type { PinRecord } from "@/lib/ledger/ledger";
import type { Pin } from "@/lib/pins/types";

export type ListedPin = Omit<Pin, "status" | "statusReason" | "managed" | "drift">;

export interface Matched {
  /** Each managed PIN with what Nuki lists for it (undefined: not on the lock). */
  pairs: { record: PinRecord; actual: ListedPin | undefined }[];
  /** Extra copies of a managed PIN's code: a create Nuki applied twice. */
  duplicates: { record: PinRecord; actual: ListedPin }[];
  /** On the lock, but no managed PIN claims them. */
  unmanaged: ListedPin[];
}

/**
 * Pairs managed PINs with Nuki's listing of one lock. Known auths by id; a create Nuki has not
 * named yet by name and code (Nuki returns no id on create), each auth claimed at most once.
 */
export function matchListing(records: PinRecord[], listed: ListedPin[]): Matched {
  const byId = new Map(listed.map((p) => [p.id, p]));
  const claimed = new Set<string>();
  const pairs: Matched["pairs"] = [];
  for (const record of records) {
    const actual = record.authId ? byId.get(record.authId) : undefined;
    if (actual) claimed.add(actual.id);
  }
  for (const record of records) {
    let actual = record.authId ? byId.get(record.authId) : undefined;
    if (!record.authId && record.desired) {
      const { name, code } = record.desired;
      actual = listed.find((p) => !claimed.has(p.id) && p.name === name && p.code === code);
      if (actual) claimed.add(actual.id);
    }
    pairs.push({ record, actual });
  }
  // A keypad holds a code once: another auth with a managed PIN's name and code is a second landing of its create.
  const duplicates: Matched["duplicates"] = [];
  for (const { record, actual } of pairs) {
    if (!actual || !record.desired) continue;
    for (const other of listed) {
      if (!claimed.has(other.id) && other.code === actual.code && other.name === actual.name) {
        claimed.add(other.id);
        duplicates.push({ record, actual: other });
      }
    }
  }
  return { pairs, duplicates, unmanaged: listed.filter((p) => !claimed.has(p.id)) };
}
