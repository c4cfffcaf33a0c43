import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import type { Translate } from "@/lib/i18n/types";
import { formatWallTime, joinNames } from "./format";
import { isPlaceholder, PLACEHOLDER, PLACEHOLDERS, type GuestMessageData, type GuestMessageDoor, type Placeholder } from "./template";

/**
 * Rendering a guest message in its language: the default template and every word a placeholder
 * stands for come from the guestMessages catalog of that language (not the host's). It loads the
 * catalogs, so it runs on the server and in tests; the forms import only ./template.
 */

/** Each placeholder as itself, so a catalog message written with ICU arguments comes out as a template. */
const AS_TYPED = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `{${p}}`])) as Record<Placeholder, string>;

/** Keyhost's default template in `language`, with a "Subject:" ("Betreff:") line. */
export function defaultTemplate(language: Locale): string {
  return translateIn(language, "guestMessages")("template.default", AS_TYPED);
}

/** The subject of a template that has no subject line. */
export function defaultSubject(language: Locale): string {
  return translateIn(language, "guestMessages")("template.subject", AS_TYPED);
}

/** A template may start with a subject line, "Subject:" or "Betreff:" in either language; the rest is the body. */
const SUBJECT_LINE = /^(?:subject|betreff):[ \t]*(.*)(?:\r?\n|$)/i;

interface Words {
  t: Translate;
  language: Locale;
}

function windowText(value: string | null, zone: string, { t, language }: Words): string {
  return value ? `${formatWallTime(value, language)} (${zone})` : t("words.anyTime");
}

/** One door's window in one phrase, its zone said once. */
export function describeDoorWindow(door: GuestMessageDoor, language: Locale = "en"): string {
  return doorWindow(door, { t: translateIn(language, "guestMessages"), language });
}

function doorWindow(door: GuestMessageDoor, { t, language }: Words): string {
  const { validFrom: from, validUntil: until, timeZone: zone } = door;
  const wall = (value: string) => formatWallTime(value, language);
  const window = from && until
    ? t("words.between", { from: wall(from), until: wall(until), zone })
    : from
      ? t("words.from", { from: wall(from), zone })
      : until
        ? t("words.until", { until: wall(until), zone })
        : null;
  if (window) return door.hours ? t("words.withHours", { window, hours: door.hours }) : window;
  return door.hours ? t("words.hoursInZone", { hours: door.hours, zone }) : t("words.anyTime");
}

const sameWindow = (a: GuestMessageDoor, b: GuestMessageDoor) =>
  a.timeZone === b.timeZone && a.validFrom === b.validFrom && a.validUntil === b.validUntil && (a.hours ?? null) === (b.hours ?? null);

/** The door names when every door shares one window; otherwise a list with each door's own window. */
function describeDoors(doors: GuestMessageDoor[], words: Words): string {
  const { t } = words;
  const [first] = doors;
  if (!first) return t("words.theDoor");
  if (doors.every((door) => sameWindow(door, first))) {
    const names = joinNames(doors.map((door) => door.name), t);
    return first.hours ? t("words.doorsWithHours", { names, hours: first.hours, zone: first.timeZone }) : names;
  }
  return doors.map((door) => `\n- ${door.name}: ${doorWindow(door, words)}`).join("");
}

function values(data: GuestMessageData, words: Words): Record<Placeholder, string> {
  const { t } = words;
  const first = data.doors[0];
  return {
    guest: data.guestName,
    code: data.code,
    doors: describeDoors(data.doors, words),
    from: first ? windowText(first.validFrom, first.timeZone, words) : t("words.anyTime"),
    until: first ? windowText(first.validUntil, first.timeZone, words) : t("words.anyTime"),
    property: data.propertyName?.trim() || joinNames(data.doors.map((door) => door.name), t) || t("words.yourStay"),
  };
}

/** Unknown placeholders stay as typed, so a host sees the mistake in the preview rather than a gap. */
function fill(template: string, vars: Record<Placeholder, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? vars[name] : whole));
}

/**
 * The message from `template` (null or blank: Keyhost's default in `language`), every placeholder
 * in `language`: dates ("5. Dez. 2026, 15:00"), "any time" ("jederzeit"), the door list's "and".
 */
export function renderGuestMessage(template: string | null, data: GuestMessageData, language: Locale = "en"): { subject: string; text: string } {
  const words: Words = { t: translateIn(language, "guestMessages"), language };
  const source = template?.trim() ? template.trim() : defaultTemplate(language);
  const subjectLine = SUBJECT_LINE.exec(source);
  const body = subjectLine ? source.slice(subjectLine[0].length) : source;
  const vars = values(data, words);
  // A subject is one header line: a line break in it would end the header.
  const subject = fill(subjectLine?.[1]?.trim() || defaultSubject(language), vars).replace(/\s+/g, " ").trim();
  const text = fill(body, vars)
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  return { subject, text };
}
