/** One thing on the account that needs the host, with what fixes it, in the host's words. */
export type LockAttentionKind = "failed" | "changed" | "offline" | "slow" | "battery" | "keypad_battery" | "capacity" | "expired";
/** feed_failing: its last read failed · feed_emptied: it waits for the host to confirm no bookings · stay_flagged: a stay's `notice`. */
export type CalendarAttentionKind = "feed_failing" | "feed_emptied" | "stay_flagged";
export type AttentionKind = LockAttentionKind | CalendarAttentionKind;

/**
 * retry / repair: apply what the host set again · keep: keep the code as it is on the lock ·
 * cleanup: delete the lock's expired codes · sync: read the calendar again now ·
 * open: go where the item is fixed (the door, the property's calendar feeds, the stay).
 */
export type FixKind = "retry" | "repair" | "keep" | "cleanup" | "sync" | "open";

export interface AttentionFix {
  kind: FixKind;
  label: string;
}

interface AttentionBase {
  /** Stable across loads, so a list keeps its rows while it refreshes. */
  id: string;
  severity: "critical" | "warning";
  title: string;
  /** What exactly is wrong or what changed, one sentence. */
  detail: string;
  fixes: AttentionFix[];
}

/** A door's problem, or one of its codes'. */
export interface LockAttentionItem extends AttentionBase {
  kind: LockAttentionKind;
  lockId: number;
  lockName: string;
  pinId?: string;
  pinName?: string;
}

/** A property's calendar feed, or one of its stays, that needs the host: it names no door. */
export interface CalendarAttentionItem extends AttentionBase {
  kind: CalendarAttentionKind;
  propertyId: string;
  propertyName: string;
  /** The feed (feed_failing, feed_emptied) and its platform's name. */
  feedId?: string;
  feedName?: string;
  /** The stay (stay_flagged) and its guest. */
  stayId?: string;
  stayName?: string;
  // Never set: lets a door's views ask any item for its lock or code without narrowing first.
  lockId?: undefined;
  pinId?: undefined;
}

export type AttentionItem = LockAttentionItem | CalendarAttentionItem;

export interface Attention {
  items: AttentionItem[];
  /** Problems per lock id, for the lock cards (calendar and stay items name no lock). */
  byLock: Record<string, number>;
}
