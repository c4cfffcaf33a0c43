/** keypad entries as Keyhost shows them: a door opened by a PIN, a wrong code, or another keypad event. */
export type EntryKind = "entry" | "wrong_code" | "other";

export interface DoorEntry {
  /** Nuki's log id. */
  id: string;
  lockId: number;
  lockName: string;
  /** Lock-local wall time `YYYY-MM-DDTHH:mm:ss`. */
  at: string;
  /** The same moment as a UTC instant, for sorting and first/last use. */
  instant: string;
  zone: string;
  kind: EntryKind;
  /** Nuki's auth id of the code that was typed, when the lock knew it. */
  authId?: string;
  /** Keyhost's id of that PIN (UUID when managed, the auth id when not), when it is still known. */
  pinId?: string;
  /** The PIN's name as Keyhost knows it, else the name Nuki logged. */
  pinName?: string;
  /** The stay the PIN belongs to, when it is a stay's: the host knows guests by name, not PIN name. */
  stay?: { id: string; guestName: string };
  /** Nuki's action and trigger in words, e.g. "unlock" and "keypad". */
  action: string;
  trigger: string;
}

/** A PIN an entry can be tied to: Keyhost's id, Nuki's auth id and the name to show. */
export interface PinRef {
  pinId: string;
  authId: string;
  name: string;
}

/** A lock whose keypad entries are listed: where its times live and the PINs it knows. */
export interface EntryLock {
  lockId: number;
  zone: string;
  name: string;
  pins: PinRef[];
}

export interface EntryPage {
  entries: DoorEntry[];
  /** Pass back as `cursor` for older entries; null when there are none. */
  nextCursor: string | null;
}
