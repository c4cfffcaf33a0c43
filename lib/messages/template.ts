import { formatWallTime, joinNames } from "./format";

/** One door the code opens, with its window as lock-local wall times (`YYYY-MM-DDTHH:mm`, null = no limit). */
export interface GuestMessageDoor {
  name: string;
  timeZone: string;
  validFrom: string | null;
  validUntil: string | null;
  /** Further limits inside the window, e.g. "Mon–Fri 08:00–18:00", so the guest is not surprised at the door. */
  hours?: string | null;
}

export interface GuestMessageData {
  guestName: string;
  code: string;
  propertyName?: string;
  doors: GuestMessageDoor[];
}

export const PLACEHOLDERS = ["guest", "code", "doors", "from", "until", "property"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * A template may start with a "Subject:" line; the rest is the body. Without one the subject is
 * DEFAULT_SUBJECT, so a host's template can be just the text.
 */
export const DEFAULT_SUBJECT = "Your door code for {property}";

export const DEFAULT_MESSAGE_TEMPLATE = `Subject: ${DEFAULT_SUBJECT}

Hello {guest},

we are looking forward to your stay at {property}! Here is your door code:

{code}

Opens: {doors}
Valid from: {from}
Valid until: {until}

Enter the code on the keypad at the door and confirm it to open. All times are local time at the door.

Have a lovely stay!`;

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const SUBJECT_LINE = /^subject:[ \t]*(.*)(?:\r?\n|$)/i;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholders a template uses that Keyhost does not know, each once, in order of appearance. */
export function validateTemplate(template: string): string[] {
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !isPlaceholder(name));
  return [...new Set(unknown)];
}

function windowText(value: string | null, zone: string): string {
  return value ? `${formatWallTime(value)} (${zone})` : "any time";
}

/** One door's window in one phrase, its zone said once. */
export function describeDoorWindow(door: GuestMessageDoor): string {
  const { validFrom: from, validUntil: until, timeZone: zone } = door;
  const hours = door.hours ? `, ${door.hours} only` : "";
  if (from && until) return `${formatWallTime(from)} until ${formatWallTime(until)} (${zone})${hours}`;
  if (from) return `from ${formatWallTime(from)} (${zone})${hours}`;
  if (until) return `until ${formatWallTime(until)} (${zone})${hours}`;
  return door.hours ? `${door.hours} (${zone})` : "any time";
}

const sameWindow = (a: GuestMessageDoor, b: GuestMessageDoor) =>
  a.timeZone === b.timeZone && a.validFrom === b.validFrom && a.validUntil === b.validUntil && (a.hours ?? null) === (b.hours ?? null);

/** The door names when every door shares one window; otherwise a list with each door's own window. */
function describeDoors(doors: GuestMessageDoor[]): string {
  const [first] = doors;
  if (!first) return "the door";
  if (doors.every((door) => sameWindow(door, first))) {
    const names = joinNames(doors.map((door) => door.name));
    return first.hours ? `${names} (${first.hours} only, ${first.timeZone})` : names;
  }
  return doors.map((door) => `\n- ${door.name}: ${describeDoorWindow(door)}`).join("");
}

function values(data: GuestMessageData): Record<Placeholder, string> {
  const first = data.doors[0];
  return {
    guest: data.guestName,
    code: data.code,
    doors: describeDoors(data.doors),
    from: first ? windowText(first.validFrom, first.timeZone) : "any time",
    until: first ? windowText(first.validUntil, first.timeZone) : "any time",
    property: data.propertyName?.trim() || joinNames(data.doors.map((door) => door.name)) || "your stay",
  };
}

/** Unknown placeholders stay as typed, so a host sees the mistake in the preview rather than a gap. */
function fill(template: string, vars: Record<Placeholder, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? vars[name] : whole));
}

export function renderGuestMessage(template: string | null, data: GuestMessageData): { subject: string; text: string } {
  const source = template?.trim() ? template.trim() : DEFAULT_MESSAGE_TEMPLATE;
  const subjectLine = SUBJECT_LINE.exec(source);
  const body = subjectLine ? source.slice(subjectLine[0].length) : source;
  const vars = values(data);
  // A subject is one header line: a line break in it would end the header.
  const subject = fill(subjectLine?.[1]?.trim() || DEFAULT_SUBJECT, vars).replace(/\s+/g, " ").trim();
  const text = fill(body, vars)
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  return { subject, text };
}
