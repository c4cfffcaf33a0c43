/** One thing on the account that needs the host, with what fixes it, in the host's words. */
export type AttentionKind = "failed" | "changed" | "offline" | "slow" | "battery" | "keypad_battery" | "capacity" | "expired";

/**
 * retry / repair: apply what the host set again · keep: keep the code as it is on the lock ·
 * cleanup: delete the lock's expired codes · open: go to the door's page.
 */
export type FixKind = "retry" | "repair" | "keep" | "cleanup" | "open";

export interface AttentionFix {
  kind: FixKind;
  label: string;
}

export interface AttentionItem {
  /** Stable across loads, so a list keeps its rows while it refreshes. */
  id: string;
  kind: AttentionKind;
  severity: "critical" | "warning";
  lockId: number;
  lockName: string;
  pinId?: string;
  pinName?: string;
  title: string;
  /** What exactly is wrong or what changed, one sentence. */
  detail: string;
  fixes: AttentionFix[];
}

export interface Attention {
  items: AttentionItem[];
  /** Problems per lock id, for the lock cards. */
  byLock: Record<string, number>;
}
