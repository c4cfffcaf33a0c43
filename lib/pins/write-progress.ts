import type { Translate } from "@/lib/i18n/types";
import { reasonWords } from "./status-reason";
import type { Pin, PinWrite, WriteWait } from "./types";

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

/** The words for each wait, as keys of the "pins" catalog: shared by the PIN row and the API's `statusReason`. */
const WAIT_KEYS = {
  sending: "wait.sending",
  confirming: "wait.confirming",
  retrying: "wait.retrying",
  lock_offline: "wait.lockOffline",
  nuki_busy: "wait.nukiBusy",
} as const satisfies Record<WriteWait, string>;

function waitingFor(facts: WriteFacts, online: boolean): WriteWait {
  if (!online) return "lock_offline";
  if (facts.reason) return "nuki_busy";
  if (facts.attempts === 0 || facts.sentAt === null) return "sending";
  return facts.attempts > 1 ? "retrying" : "confirming";
}

/** Why a write on its way waits, in words: "Taking longer than usual. Sending to Nuki." `t` speaks "pins". */
export function waitWords(write: Pick<PinWrite, "waiting" | "slow">, t: Translate): string {
  const words = t(WAIT_KEYS[write.waiting]);
  return write.slow ? `${t("wait.slow")} ${words}` : words;
}

/** Where a write on its way stands, and the reason the API gives for it (`t` speaks "pins"). */
export function writeProgress(facts: WriteFacts, ctx: WriteContext, t: Translate): { write: PinWrite; reason: string } {
  const waiting = waitingFor(facts, ctx.online);
  const since = facts.requestedAt ?? facts.sentAt ?? ctx.now;
  const slow = ctx.now - since >= ctx.slowAfterMs;
  const write: PinWrite = { attempts: facts.attempts, maxAttempts: ctx.maxAttempts, since: new Date(since).toISOString(), waiting, slow };
  return { write, reason: waitWords(write, t) };
}

/** What a deleting PIN's row says: that it is being deleted, and why it waits when that is worth saying. */
export function deletingWords(write: Pick<PinWrite, "waiting" | "slow"> | undefined, t: Translate): string {
  const deleting = t("wait.deleting");
  return write && (write.slow || write.waiting !== "confirming") ? `${deleting} ${waitWords(write, t)}` : deleting;
}

/**
 * The reason a row shows under a PIN, in the host's language: a write on its way is described from
 * its progress, here, whatever language the server answered in; any other reason is shown as it came
 * (the server words it in the request's language), or worded here if it still is the ledger's key.
 */
export function statusReasonWords(pin: Pick<Pin, "status" | "statusReason" | "write">, t: Translate): string | undefined {
  if (pin.status === "deleting" && (pin.write || pin.statusReason)) return deletingWords(pin.write, t);
  if (pin.status === "pending" && pin.write) return waitWords(pin.write, t);
  return pin.statusReason === undefined ? undefined : reasonWords(pin.statusReason, t);
}

/** "attempt 2 of 4 · 1 min 5 s so far" for the row; the elapsed part is counted by the caller's clock. */
export function describeProgress(write: PinWrite, now: number, t: Translate): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(write.since)) / 1000));
  const elapsed = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const attempt = write.attempts > 0 ? t("progress.attempt", { attempts: write.attempts, maxAttempts: write.maxAttempts }) : t("progress.notSent");
  return t("progress.soFar", { attempt, elapsed });
}
