import { isValidKeypadCode } from "@/lib/pins/generate-code";
import { doorsOn } from "@/lib/stays/window";
import { storedMessage } from "@/lib/i18n/stored-text";

export { doorsOn };

export type DoorStep = "activate" | "clear" | "wait";

/**
 * What the engine does with a synced stay's doors now. `nowWall` is the lock-local wall time
 * (`YYYY-MM-DDTHH:mm`) and `validUntil` the stay's PIN window end there (check-out plus late buffer).
 */
export function doorStep(stay: { status: "active" | "scheduled" | "cancelled"; arrival: string; clearedAt: string | null }, leadDays: number, nowWall: string, validUntil: string): DoorStep {
  if (stay.status === "cancelled" || stay.clearedAt) return "wait";
  if (nowWall >= validUntil) return stay.status === "active" ? "clear" : "wait";
  if (stay.status === "scheduled" && nowWall.slice(0, 10) >= doorsOn(stay.arrival, leadDays)) return "activate";
  return "wait";
}

/**
 * The guest's code from their phone's last four digits (the four, then their first two again:
 * 4376 → 437643), where the result obeys Nuki's rules and is free on every door; otherwise null
 * and the reason (a stored sentence, lib/calendar/stored-text), so the stay can say why its code is random.
 */
export function phoneCode(phoneLast4: string | null, taken: ReadonlySet<string>): { code: string } | { code: null; reason: string } {
  if (!phoneLast4 || !/^\d{4}$/.test(phoneLast4)) return { code: null, reason: storedMessage("calendar.codeNote.noDigits") };
  const code = `${phoneLast4}${phoneLast4.slice(0, 2)}`;
  if (code.includes("0")) return { code: null, reason: storedMessage("calendar.codeNote.zero") };
  if (!isValidKeypadCode(code)) return { code: null, reason: storedMessage("calendar.codeNote.startsWith12") };
  if (taken.has(code)) return { code: null, reason: storedMessage("calendar.codeNote.taken") };
  return { code };
}
