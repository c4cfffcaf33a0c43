import type { Lock } from "@/lib/locks/types";
import { capacityUsage } from "@/lib/pins/capacity";
import { expiredPins } from "@/lib/pins/cleanup-rules";
import { driftSummary } from "@/lib/pins/drift-summary";
import type { Pin } from "@/lib/pins/types";
import { calendarAttention, NO_CALENDAR_FACTS, type CalendarFacts } from "./calendar-items";
import type { Attention, AttentionFix, AttentionItem, AttentionKind, LockAttentionItem } from "./types";

/** From this many expired codes on one keypad, clearing them is worth the host's attention. */
export const EXPIRED_PILE = 5;

export type AttentionLock = Pick<Lock, "id" | "name" | "timeZone" | "online" | "serverState" | "keypad" | "battery" | "keypadBatteryCritical" | "pinCount">;

const ORDER: AttentionKind[] = ["failed", "changed", "stay_flagged", "offline", "slow", "battery", "keypad_battery", "capacity", "feed_failing", "feed_emptied", "expired"];
const OPEN: AttentionFix = { kind: "open", label: "Go to the door" };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function pinItems(lock: AttentionLock, pins: readonly Pin[]): LockAttentionItem[] {
  const base = { lockId: lock.id, lockName: lock.name };
  const items: LockAttentionItem[] = [];
  for (const pin of pins) {
    const about = { ...base, pinId: pin.id, pinName: pin.name };
    if (pin.status === "failed") {
      items.push({
        ...about, id: `failed:${pin.id}`, kind: "failed", severity: "critical",
        title: `“${pin.name}” is not saved on ${lock.name}`,
        detail: pin.statusReason ?? "Nuki did not apply it.",
        fixes: [{ kind: "retry", label: "Retry" }, OPEN],
      });
    } else if (pin.status === "drifted") {
      const missing = pin.drift?.some((d) => d.field === "missing") ?? false;
      items.push({
        ...about, id: `changed:${pin.id}`, kind: "changed", severity: "critical",
        title: missing ? `“${pin.name}” was removed from ${lock.name} in the Nuki app` : `“${pin.name}” was changed in the Nuki app on ${lock.name}`,
        detail: driftSummary(pin.drift) ?? "The lock no longer has it as you set it.",
        // A code that is gone from the lock cannot be kept as it is there: only putting it back fixes it.
        fixes: missing ? [{ kind: "repair", label: "Repair" }, OPEN] : [{ kind: "repair", label: "Repair" }, { kind: "keep", label: "Keep as it is on the lock" }, OPEN],
      });
    } else if (pin.write?.slow && lock.online) {
      items.push({
        ...about, id: `slow:${pin.id}`, kind: "slow", severity: "warning",
        title: `Saving “${pin.name}” on ${lock.name} is taking longer than usual`,
        detail: pin.statusReason ?? "Nuki has not applied it yet.",
        fixes: [OPEN],
      });
    }
  }
  return items;
}

function lockItems(lock: AttentionLock, pins: readonly Pin[], now: Date): LockAttentionItem[] {
  const base = { lockId: lock.id, lockName: lock.name };
  const items: LockAttentionItem[] = [];
  const waiting = pins.filter((p) => p.status === "pending" || p.status === "deleting").length;
  if (!lock.online && waiting > 0) {
    items.push({
      ...base, id: `offline:${lock.id}`, kind: "offline", severity: "critical",
      title: `${lock.name} is offline with ${plural(waiting, "change", "changes")} waiting`,
      detail: "Nuki applies them when the lock is back online. Check its power and Wi-Fi or bridge.",
      fixes: [OPEN],
    });
  }
  if (lock.battery.critical) {
    items.push({ ...base, id: `battery:${lock.id}`, kind: "battery", severity: "critical", title: `${lock.name}: lock battery critical`, detail: "Replace or charge the lock's batteries soon, or it stops opening.", fixes: [OPEN] });
  }
  if (lock.keypadBatteryCritical) {
    items.push({ ...base, id: `keypad_battery:${lock.id}`, kind: "keypad_battery", severity: "critical", title: `${lock.name}: keypad battery critical`, detail: "Replace the keypad's batteries soon, or guests cannot type their code.", fixes: [OPEN] });
  }
  const expired = expiredPins(pins.filter((p) => p.status !== "failed"), now, lock.timeZone).length;
  const cleanup: AttentionFix = { kind: "cleanup", label: `Delete ${plural(expired, "expired code", "expired codes")}` };
  if (lock.keypad.paired) {
    const usage = capacityUsage(lock.pinCount);
    if (usage.level !== "ok") {
      items.push({
        ...base, id: `capacity:${lock.id}`, kind: "capacity", severity: usage.level === "full" ? "critical" : "warning",
        title: `${lock.name}: keypad ${usage.level === "full" ? "full" : "nearly full"} (${usage.words})`,
        detail: usage.level === "full" ? "New codes cannot be added until some are deleted." : "Delete codes that are no longer needed to make room.",
        fixes: expired > 0 ? [cleanup, OPEN] : [OPEN],
      });
    }
  }
  if (expired >= EXPIRED_PILE && !items.some((i) => i.kind === "capacity")) {
    items.push({
      ...base, id: `expired:${lock.id}`, kind: "expired", severity: "warning",
      title: `${lock.name}: ${plural(expired, "expired code", "expired codes")} still on the keypad`,
      detail: "Nuki keeps codes after they end; they take keypad space until deleted.",
      fixes: [cleanup, OPEN],
    });
  }
  return items;
}

const placeOf = (item: AttentionItem) => (item.lockId === undefined ? item.propertyName : item.lockName);

/**
 * Everything on the account that needs the host, most urgent first: the doors' and codes' problems,
 * then the calendars' and stays' (`calendar`, from the database). Pure: the same facts give the same list.
 */
export function deriveAttention(locks: readonly AttentionLock[], pinsByLock: ReadonlyMap<number, readonly Pin[]>, now: Date, calendar: CalendarFacts = NO_CALENDAR_FACTS): Attention {
  const items: AttentionItem[] = [];
  for (const lock of locks) {
    const pins = pinsByLock.get(lock.id) ?? [];
    items.push(...pinItems(lock, pins), ...lockItems(lock, pins, now));
  }
  items.push(...calendarAttention(calendar, now));
  items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "critical" ? -1 : 1) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || placeOf(a).localeCompare(placeOf(b)));
  const byLock: Record<string, number> = {};
  for (const item of items) if (item.lockId !== undefined) byLock[item.lockId] = (byLock[item.lockId] ?? 0) + 1;
  return { items, byLock };
}
