/** A door of a backup code: its PIN there, as the lock page shows PINs. */
export interface BackupDoor {
  lockId: number;
  /** As named in Nuki; null when Nuki no longer lists the lock. */
  lockName: string | null;
  /** The ledger PIN's status on that door; null when the door has no PIN (`problem` says why). */
  status: "pending" | "saved" | "deleting" | "failed" | "drifted" | null;
  /** Why it has none: a stored sentence (lib/calendar/stored-text), or one stored before keys. */
  problem: string | null;
}

/** A property's backup code as the API and the property page see it. */
export interface BackupCode {
  id: string;
  slot: number;
  /** Its name on the locks: "Backup 1 · Seaside Flat". */
  name: string;
  code: string;
  doors: BackupDoor[];
  /** Saved on every door that has a keypad: it opens them now. */
  ready: boolean;
  /** The stay whose guest message offered it. */
  givenStayId: string | null;
  /** When it was last typed on a keypad. */
  usedAt: string | null;
  /** When Keyhost will replace it with a new code (after the stay that was given or used it). */
  replaceAfter: string | null;
  /** The zone of the property's first door, where `replaceAfter` is read (UTC when Nuki no longer lists it). */
  zone: string;
}

/** What the stay page gets back when it offers the backup code. */
export interface BackupOffer {
  name: string;
  code: string;
  /** The sentence the guest message now ends with. */
  line: string;
}

/** At most this many backup codes per property: each takes a code on every door's keypad. */
export const MAX_BACKUP_CODES = 3;
