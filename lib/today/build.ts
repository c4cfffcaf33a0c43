import { formatInTimeZone } from "date-fns-tz";
import type { Attention } from "@/lib/attention/types";
import type { Translate } from "@/lib/i18n/types";
import type { Lock } from "@/lib/locks/types";
import type { Pin } from "@/lib/pins/types";
import { wallTimeToInstant } from "@/lib/time/wall-time";
import type { DoorReadiness, Today, TodaySectionKey, TodayStay } from "./types";

export interface TodayStayInput {
  id: string;
  guestName: string;
  propertyName: string;
  arrival: string;
  departure: string;
  status: "active" | "cancelled" | "scheduled";
  doors: { lockId: number; pinId: string | null }[];
}

/** Each section's title in the `today` catalog, in the order Today lists them. */
const TITLES: Record<TodaySectionKey, string> = {
  arriving_today: "sections.arrivingToday",
  leaving_today: "sections.leavingToday",
  staying: "sections.staying",
  arriving_tomorrow: "sections.arrivingTomorrow",
  leaving_tomorrow: "sections.leavingTomorrow",
};

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Where a stay belongs on Today, by the calendar of its first door; null when it is not today's business. */
export function sectionOf(arrival: string, departure: string, today: string): TodaySectionKey | null {
  const tomorrow = nextDay(today);
  if (arrival === today) return "arriving_today";
  if (departure === today) return "leaving_today";
  if (arrival < today && departure > today) return departure === tomorrow ? "leaving_tomorrow" : "staying";
  if (arrival === tomorrow) return "arriving_tomorrow";
  return null;
}

function entered(pin: Pin, zone: string): boolean {
  if (!pin.lastUsedAt) return false;
  if (!pin.validFrom) return true;
  const from = wallTimeToInstant(pin.validFrom, zone);
  return from.kind === "nonexistent" || Date.parse(pin.lastUsedAt) >= from.instant.getTime();
}

/** `t` is the `today` namespace's: the door's words are in the language of whoever asked. */
function door(row: { lockId: number; pinId: string | null }, lock: Lock | undefined, pins: readonly Pin[], attention: Attention, t: Translate): DoorReadiness {
  const pin = row.pinId ? pins.find((p) => p.id === row.pinId) : undefined;
  const problems = attention.items.filter((item) => item.lockId === row.lockId && (item.pinId === undefined ? item.kind !== "capacity" && item.kind !== "expired" : item.pinId === row.pinId));
  const facts = {
    lockId: row.lockId,
    lockName: lock?.name ?? t("door.lockFallback", { id: String(row.lockId) }),
    timeZone: lock?.timeZone ?? "UTC",
    pinId: row.pinId,
    online: lock?.online ?? false,
    lastSeenAt: lock?.lastSeenAt ?? null,
    batteryOk: lock ? !lock.battery.critical : false,
    keypadBatteryOk: lock ? !lock.keypadBatteryCritical : false,
    keypadPaired: lock?.keypad.paired ?? false,
    problems,
  };
  if (!pin) {
    const status = row.pinId ? ("gone" as const) : ("no_pin" as const);
    const statusReason = !lock ? t("door.lockGone") : row.pinId ? t("door.codeGone") : t("door.noCodeGiven");
    return { ...facts, status, statusReason, codeSaved: false, entered: false, ready: false };
  }
  const codeSaved = pin.status === "saved";
  return {
    ...facts,
    status: pin.status,
    ...(pin.statusReason ? { statusReason: pin.statusReason } : {}),
    codeSaved,
    entered: lock ? entered(pin, lock.timeZone) : false,
    ready: codeSaved && facts.online && facts.batteryOk && facts.keypadBatteryOk && facts.keypadPaired,
  };
}

/** Today's arrivals, departures and stays on now, each door with what stands between the guest and the door. */
export function buildToday(stays: readonly TodayStayInput[], locks: readonly Lock[], pins: ReadonlyMap<number, readonly Pin[]>, attention: Attention, now: Date, t: Translate): Today {
  const byId = new Map(locks.map((l) => [l.id, l]));
  const grouped = new Map<TodaySectionKey, TodayStay[]>();
  for (const stay of stays) {
    if (stay.status !== "active") continue;
    const zone = stay.doors.map((d) => byId.get(d.lockId)?.timeZone).find(Boolean) ?? "UTC";
    const key = sectionOf(stay.arrival, stay.departure, formatInTimeZone(now, zone, "yyyy-MM-dd"));
    if (!key) continue;
    const doors = stay.doors.map((row) => door(row, byId.get(row.lockId), pins.get(row.lockId) ?? [], attention, t));
    const view: TodayStay = {
      id: stay.id, guestName: stay.guestName, propertyName: stay.propertyName, arrival: stay.arrival, departure: stay.departure,
      doors, ready: doors.length > 0 && doors.every((d) => d.ready), entered: doors.some((d) => d.entered),
    };
    grouped.set(key, [...(grouped.get(key) ?? []), view]);
  }
  const sections = (Object.keys(TITLES) as TodaySectionKey[]).flatMap((key) => {
    const list = grouped.get(key);
    return list ? [{ key, title: t(TITLES[key]), stays: list.sort((a, b) => a.propertyName.localeCompare(b.propertyName) || a.guestName.localeCompare(b.guestName)) }] : [];
  });
  return { sections, attention };
}

/** One door's readiness by Today's rules; the pre-arrival checks judge a door by the same. */
export const doorReadiness = door;
