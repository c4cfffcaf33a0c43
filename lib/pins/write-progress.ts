import type { PinWrite, WriteWait } from "./types";

export interface WriteFacts {
  attempts: number;
  sentAt: number | null;
  /** When the host asked; absent in records older than that column. */
  requestedAt?: number;
  /** Set by the engine when Nuki answered 429 or 5xx and it will try again. */
  reason: string | null;
}

export interface WriteContext {
  online: boolean;
  now: number;
  maxAttempts: number;
  slowAfterMs: number;
}

/** The words for each wait, shared by the PIN row and the API's `statusReason`. */
export const WAIT_WORDS: Record<WriteWait, string> = {
  sending: "Sending to Nuki.",
  confirming: "Nuki accepted it; waiting for the lock to apply it.",
  retrying: "Sent again: the lock had not applied the earlier attempt.",
  lock_offline: "The lock is offline; Nuki applies it when the lock is back online.",
  nuki_busy: "Nuki is busy; Keyhost is trying again.",
};

export const SLOW_WORDS = "Taking longer than usual.";

function waitingFor(facts: WriteFacts, online: boolean): WriteWait {
  if (!online) return "lock_offline";
  if (facts.reason) return "nuki_busy";
  if (facts.attempts === 0 || facts.sentAt === null) return "sending";
  return facts.attempts > 1 ? "retrying" : "confirming";
}

/** Where a write on its way stands, and the reason the API gives for it. */
export function writeProgress(facts: WriteFacts, ctx: WriteContext): { write: PinWrite; reason: string } {
  const waiting = waitingFor(facts, ctx.online);
  const since = facts.requestedAt ?? facts.sentAt ?? ctx.now;
  const slow = ctx.now - since >= ctx.slowAfterMs;
  const write: PinWrite = { attempts: facts.attempts, maxAttempts: ctx.maxAttempts, since: new Date(since).toISOString(), waiting, slow };
  return { write, reason: slow ? `${SLOW_WORDS} ${WAIT_WORDS[waiting]}` : WAIT_WORDS[waiting] };
}

/** "attempt 2 of 4 · 1 min 5 s" for the row; the elapsed part is counted by the caller's clock. */
export function describeProgress(write: PinWrite, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(write.since)) / 1000));
  const elapsed = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const attempt = write.attempts > 0 ? `attempt ${write.attempts} of ${write.maxAttempts}` : "not sent yet";
  return `${attempt} · ${elapsed} so far`;
}
