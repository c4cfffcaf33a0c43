import type { Translate } from "@/lib/i18n/types";

/**
 * How many keypad codes one keypad holds. Nuki documents "about 100" for Keypad 1 and does not
 * publish a figure for Keypad 2, and it never deletes expired codes itself, so a busy rental fills
 * a keypad within months; Keyhost plans for the smaller, documented limit.
 */
export const KEYPAD_CAPACITY = 100;
/** From this share on the meter warns, leaving room for a few weeks of bookings. */
export const CAPACITY_WARN_RATIO = 0.9;

export interface CapacityUsage {
  used: number;
  capacity: number;
  /** 0–1, capped at 1 even if a keypad reports more codes. */
  ratio: number;
  level: "ok" | "warn" | "full";
}

export function capacityUsage(used: number, capacity: number = KEYPAD_CAPACITY): CapacityUsage {
  const ratio = Math.min(1, Math.max(0, used / capacity));
  const level = used >= capacity ? "full" : ratio >= CAPACITY_WARN_RATIO ? "warn" : "ok";
  return { used, capacity, ratio, level };
}

/** "37 / 100 codes", with the "pins" namespace's translator. */
export function capacityWords(usage: Pick<CapacityUsage, "used" | "capacity">, t: Translate): string {
  return t("capacity.words", { used: usage.used, capacity: usage.capacity });
}
