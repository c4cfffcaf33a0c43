import { MAX_NAME_LENGTH } from "@/lib/pins/schema";
import { MONTHS } from "@/lib/time/names";

/**
 * The PIN's name on the lock: the guest's name cut to fit, then the arrival day, e.g.
 * "Anna Schmidt 4 Dec", so a host scrolling the Nuki app recognises it. Never over Nuki's 20.
 */
export function stayPinName(guestName: string, arrival: string): string {
  const [, month, day] = arrival.split("-").map(Number);
  const suffix = ` ${day} ${MONTHS[(month ?? 1) - 1] ?? ""}`;
  // Control characters and runs of spaces would only make the name harder to read on a lock.
  const guest = guestName.replace(/[\p{C}]/gu, " ").replace(/\s+/g, " ").trim();
  const room = MAX_NAME_LENGTH - suffix.length;
  // Counted in UTF-16 units like the PIN rules, without splitting a character in two.
  let cut = "";
  for (const char of guest) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  cut = cut.trimEnd();
  return `${cut || "Guest"}${suffix}`;
}
