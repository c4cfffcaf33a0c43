import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import type { Translate } from "@/lib/i18n/types";
import type { Lock } from "@/lib/locks/types";
import { capacityUsage, capacityWords } from "@/lib/pins/capacity";
import { expiredPins } from "@/lib/pins/cleanup-rules";
import { driftSummary } from "@/lib/pins/drift-summary";
import type { Pin } from "@/lib/pins/types";
import { calendarAttention, NO_CALENDAR_FACTS, type CalendarFacts } from "./calendar-items";
import type { Attention, AttentionFix, AttentionItem, AttentionKind, LockAttentionItem } from "./types";

/** From this many expired codes on one keypad, clearing them is worth the host's attention. */
export const EXPIRED_PILE = 5;

export type AttentionLock = Pick<Lock, "id" | "name" | "timeZone" | "online" | "serverState" | "keypad" | "battery" | "keypadBatteryCritical" | "pinCount">;

const ORDER: AttentionKind[] = ["failed", "changed", "stay_flagged", "offline", "slow", "battery", "keypad_battery", "capacity", "feed_failing", "feed_emptied", "expired"];

/** `t` is the `attention` namespace's: the items are in the language of whoever asked. */
function pinItems(lock: AttentionLock, pins: readonly Pin[], t: Translate, locale: Locale): LockAttentionItem[] {
  const base = { lockId: lock.id, lockName: lock.name };
  const OPEN: AttentionFix = { kind: "open", label: t("fix.open") };
  const repair: AttentionFix = { kind: "repair", label: t("fix.repair") };
  const items: LockAttentionItem[] = [];
  for (const pin of pins) {
    const about = { ...base, pinId: pin.id, pinName: pin.name };
    if (pin.status === "failed") {
      items.push({
        ...about, id: `failed:${pin.id}`, kind: "failed", severity: "critical",
        title: t("item.failed", { pin: pin.name, lock: lock.name }),
        detail: pin.statusReason ?? t("item.failedDetail"),
        fixes: [{ kind: "retry", label: t("fix.retry") }, OPEN],
      });
    } else if (pin.status === "drifted") {
      const missing = pin.drift?.some((d) => d.field === "missing") ?? false;
      items.push({
        ...about, id: `changed:${pin.id}`, kind: "changed", severity: "critical",
        title: missing ? t("item.removed", { pin: pin.name, lock: lock.name }) : t("item.changed", { pin: pin.name, lock: lock.name }),
        detail: driftSummary(pin.drift, translateIn(locale, "pins"), locale) ?? t("item.changedDetail"),
        // A code that is gone from the lock cannot be kept as it is there: only putting it back fixes it.
        fixes: missing ? [repair, OPEN] : [repair, { kind: "keep", label: t("fix.keep") }, OPEN],
      });
    } else if (pin.write?.slow && lock.online) {
      items.push({
        ...about, id: `slow:${pin.id}`, kind: "slow", severity: "warning",
        title: t("item.slow", { pin: pin.name, lock: lock.name }),
        detail: pin.statusReason ?? t("item.slowDetail"),
        fixes: [OPEN],
      });
    }
  }
  return items;
}

function lockItems(lock: AttentionLock, pins: readonly Pin[], now: Date, t: Translate, locale: Locale): LockAttentionItem[] {
  const base = { lockId: lock.id, lockName: lock.name };
  const OPEN: AttentionFix = { kind: "open", label: t("fix.open") };
  const items: LockAttentionItem[] = [];
  const waiting = pins.filter((p) => p.status === "pending" || p.status === "deleting").length;
  if (!lock.online && waiting > 0) {
    items.push({
      ...base, id: `offline:${lock.id}`, kind: "offline", severity: "critical",
      title: t("item.offline", { lock: lock.name, count: waiting }),
      detail: t("item.offlineDetail"),
      fixes: [OPEN],
    });
  }
  if (lock.battery.critical) {
    items.push({ ...base, id: `battery:${lock.id}`, kind: "battery", severity: "critical", title: t("item.battery", { lock: lock.name }), detail: t("item.batteryDetail"), fixes: [OPEN] });
  }
  if (lock.keypadBatteryCritical) {
    items.push({ ...base, id: `keypad_battery:${lock.id}`, kind: "keypad_battery", severity: "critical", title: t("item.keypadBattery", { lock: lock.name }), detail: t("item.keypadBatteryDetail"), fixes: [OPEN] });
  }
  const expired = expiredPins(pins.filter((p) => p.status !== "failed"), now, lock.timeZone).length;
  const cleanup: AttentionFix = { kind: "cleanup", label: t("fix.cleanup", { count: expired }) };
  if (lock.keypad.paired) {
    const usage = capacityUsage(lock.pinCount);
    if (usage.level !== "ok") {
      const words = capacityWords(usage, translateIn(locale, "pins"));
      items.push({
        ...base, id: `capacity:${lock.id}`, kind: "capacity", severity: usage.level === "full" ? "critical" : "warning",
        title: usage.level === "full" ? t("item.capacityFull", { lock: lock.name, usage: words }) : t("item.capacityWarn", { lock: lock.name, usage: words }),
        detail: usage.level === "full" ? t("item.capacityFullDetail") : t("item.capacityWarnDetail"),
        fixes: expired > 0 ? [cleanup, OPEN] : [OPEN],
      });
    }
  }
  if (expired >= EXPIRED_PILE && !items.some((i) => i.kind === "capacity")) {
    items.push({
      ...base, id: `expired:${lock.id}`, kind: "expired", severity: "warning",
      title: t("item.expired", { lock: lock.name, count: expired }),
      detail: t("item.expiredDetail"),
      fixes: [cleanup, OPEN],
    });
  }
  return items;
}

const placeOf = (item: AttentionItem) => (item.lockId === undefined ? item.propertyName : item.lockName);

/**
 * Everything on the account that needs the host, most urgent first, in `locale`: the doors' and codes' problems,
 * then the calendars' and stays' (`calendar`, from the database). Pure: the same facts give the same list.
 */
export function deriveAttention(locks: readonly AttentionLock[], pinsByLock: ReadonlyMap<number, readonly Pin[]>, now: Date, locale: Locale, calendar: CalendarFacts = NO_CALENDAR_FACTS): Attention {
  const t = translateIn(locale, "attention");
  const items: AttentionItem[] = [];
  for (const lock of locks) {
    const pins = pinsByLock.get(lock.id) ?? [];
    items.push(...pinItems(lock, pins, t, locale), ...lockItems(lock, pins, now, t, locale));
  }
  items.push(...calendarAttention(calendar, now, locale));
  items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "critical" ? -1 : 1) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || placeOf(a).localeCompare(placeOf(b)));
  const byLock: Record<string, number> = {};
  for (const item of items) if (item.lockId !== undefined) byLock[item.lockId] = (byLock[item.lockId] ?? 0) + 1;
  return { items, byLock };
}
