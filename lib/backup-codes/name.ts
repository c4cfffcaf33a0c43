import { MAX_NAME_LENGTH } from "@/lib/pins/schema";

/**
 * A backup code's name on the lock, "Backup 1 · Seaside Flat", so a host scrolling the Nuki app
 * recognises it; the property's name is cut to fit Nuki's 20 characters.
 */
export function backupPinName(slot: number, propertyName: string): string {
  const prefix = `Backup ${slot}`;
  const property = propertyName.replace(/[\p{C}]/gu, " ").replace(/\s+/g, " ").trim();
  const room = MAX_NAME_LENGTH - prefix.length - 3;
  let cut = "";
  for (const char of property) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  // Cut at a word where one ends inside the room: "Seaside", not "Seaside F".
  if (cut.length < property.length && cut.includes(" ")) cut = cut.slice(0, cut.lastIndexOf(" "));
  cut = cut.trimEnd();
  return cut ? `${prefix} · ${cut}` : prefix;
}

/** The sentence a guest message ends with when it offers a backup code. */
export function backupLine(code: string): string {
  return `If the code does not work, use the backup code ${code} on any door.`;
}
