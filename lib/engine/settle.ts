import "server-only";
import type { Ledger, NewEvent, PinRecord } from "@/lib/ledger/ledger";
import { storeDetail } from "@/lib/pins/event-detail";
import { classify, type Decision, type Policy } from "./classify";
import type { LockData } from "./lock-data";
import { matchListing, type Matched } from "./match";
import { sendWrite, type SendContext } from "./send";

export interface SettleOptions {
  /** False for page views: they record what they see and leave writes to the engine. */
  send: boolean;
  policy: Policy;
}

type Drift = Extract<Decision, { kind: "drifted" }>["drift"];

/**
 * Records drift the first time it is seen (and again when what differs changes), for page views
 * and the engine alike, so a PIN's history shows it whoever looked first. Returns the record as stored.
 */
async function noteDrift(ledger: Ledger, record: PinRecord, event: Omit<NewEvent, "type">, drift: Drift, nextCheckAt: number, repairing: boolean): Promise<PinRecord> {
  if (record.status === "drifted" && JSON.stringify(record.drift) === JSON.stringify(drift)) return record;
  await ledger.event({ ...event, type: "drift", detail: storeDetail({ key: "seen", fields: drift.map((d) => d.field), repairing }) });
  const patch = { status: "drifted" as const, drift, reason: null, nextCheckAt };
  await ledger.update(record.id, patch);
  return { ...record, ...patch };
}

/**
 * Records how long Nuki took to show a write it accepted, for a write Keyhost was still waiting
 * for (one applied after it was counted as failed, e.g. on a lock back from hours offline, says
 * nothing about the lock's usual time).
 */
async function timeConfirmed(ledger: Ledger, record: PinRecord, now: number): Promise<void> {
  if (record.sentAt === null || (record.status !== "pending" && record.status !== "deleting")) return;
  const action = !record.desired ? "delete" : record.authId ? "update" : "create";
  await ledger.recordConfirmTime({ accountId: record.accountId, lockId: record.lockId, pinId: record.id, action, ms: now - record.sentAt });
}

/**
 * Compares one lock's managed PINs with Nuki's listing, records what changed (confirmed, drift,
 * failure, gone) and, when allowed, sends what is due. Returns the matching it worked from.
 */
export async function settleLock(ctx: SendContext, lock: LockData, records: PinRecord[], options: SettleOptions): Promise<Matched> {
  const { ledger } = ctx;
  const now = ctx.now();
  const matched = matchListing(records, lock.listed);
  for (const pair of matched.pairs) {
    let record = pair.record;
    const actual = pair.actual;
    const decision = classify(record, actual, lock, options.policy, now);
    // Every outcome below was decided from `record` as read: a host's change since then wins.
    const event = { pinId: record.id, accountId: record.accountId, lockId: record.lockId, actor: "Keyhost" };
    switch (decision.kind) {
      case "saved":
        if (decision.confirmed) await timeConfirmed(ledger, record, now);
        if (decision.confirmed) await ledger.event({ ...event, type: "confirmed", detail: storeDetail({ key: record.status === "drifted" ? "matchesAgain" : "listed" }) });
        if (decision.confirmed || record.authId !== decision.authId || record.nextCheckAt <= now) {
          await ledger.update(record.id, { status: "saved", authId: decision.authId, reason: null, drift: null, attempts: 0, sentAt: null, nextCheckAt: now + options.policy.auditEveryMs }, record);
        }
        break;
      case "gone":
        await timeConfirmed(ledger, record, now);
        await ledger.event({ ...event, type: "gone", detail: storeDetail({ key: "unlisted" }) });
        await ledger.update(record.id, { status: "gone", reason: null, nextCheckAt: now }, record);
        break;
      case "wait":
        if (record.nextCheckAt !== decision.nextCheckAt) await ledger.update(record.id, { nextCheckAt: decision.nextCheckAt }, record);
        break;
      case "failed":
        if (record.status !== "failed" || record.reason !== decision.reason) {
          await ledger.event({ ...event, type: "failed", detail: decision.reason });
          await ledger.update(record.id, { status: "failed", reason: decision.reason, nextCheckAt: decision.nextCheckAt }, record);
        } else if (record.nextCheckAt <= now) await ledger.update(record.id, { nextCheckAt: decision.nextCheckAt }, record);
        break;
      case "drifted": {
        const noted = await noteDrift(ledger, record, event, decision.drift, decision.nextCheckAt, false);
        if (noted === record && record.nextCheckAt <= now) await ledger.update(record.id, { nextCheckAt: decision.nextCheckAt });
        break;
      }
      case "send":
        // Drift on an auto-repaired lock shows, and makes the PIN due, before anything is sent:
        // a page view does not call it saved until the next audit happens to look.
        if (decision.drift) record = await noteDrift(ledger, record, event, decision.drift, Math.min(record.nextCheckAt, now), true);
        if (!options.send || record.nextCheckAt > now) break;
        if (record.status === "saved" || record.status === "drifted") {
          await ledger.event({ ...event, type: "repaired", action: decision.write, detail: storeDetail({ key: "autoRepair" }) });
          await ledger.update(record.id, { attempts: 0, sentAt: null, authId: actual ? record.authId : null });
          record = { ...record, attempts: 0, sentAt: null, authId: actual ? record.authId : null };
        }
        await sendWrite(ctx, { ...record, authId: actual?.id ?? record.authId }, decision.write, lock);
        break;
    }
  }
  if (options.send) {
    for (const { record, actual } of matched.duplicates) {
      await ctx.ledger.event({ pinId: record.id, accountId: record.accountId, lockId: record.lockId, actor: "Keyhost", type: "attempt", action: "delete", detail: storeDetail({ key: "duplicate" }) });
      await ctx.nuki.deleteAuth(lock.lockId, actual.id).catch(() => undefined);
    }
  }
  return matched;
}
