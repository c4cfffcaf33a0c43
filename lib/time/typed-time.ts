/** `HH:mm` from 00:00 to 23:59, as the `pattern` of a 24-hour time field (the whole value must match). */
export const TIME_OF_DAY_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";

/**
 * What a host typed into a 24-hour time field, as `HH:mm`: "930", "9:30", "9.30" and "0930" all read
 * as 09:30, "15" as 15:00, and "3:30 pm" as 15:30 for those used to a 12-hour clock. "" stays "" (no
 * time). null when it is no time of day ("24:00", "9:75", "noon"): the field keeps the text as typed,
 * and the form's check names the field.
 */
export function normaliseTimeOfDay(typed: string): string | null {
  let text = typed.trim();
  if (text === "") return "";
  let half: "a" | "p" | null = null;
  const meridiem = /^(.*?)\s*([ap])\.?\s*m\.?$/i.exec(text);
  if (meridiem) {
    text = meridiem[1]!;
    half = meridiem[2]!.toLowerCase() as "a" | "p";
  }
  let hours: number;
  let minutes: number;
  const separated = /^(\d{1,2})\s*[:.h]\s*(\d{2})$/i.exec(text);
  if (separated) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (/^\d{1,4}$/.test(text)) {
    // Two digits or fewer are whole hours; more end in the minutes: "930" is 9:30, "1530" 15:30.
    hours = Number(text.length <= 2 ? text : text.slice(0, -2));
    minutes = text.length <= 2 ? 0 : Number(text.slice(-2));
  } else {
    return null;
  }
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === "p" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** A wall time `YYYY-MM-DDTHH:mm` as its two fields; "" is two empty ones. */
export function splitWallTime(value: string): { date: string; time: string } {
  const at = value.indexOf("T");
  return at === -1 ? { date: value, time: "" } : { date: value.slice(0, at), time: value.slice(at + 1) };
}

/** The two fields back as one value: "" when both are empty, so a cleared field means "not set". */
export function joinWallTime(date: string, time: string): string {
  return date === "" && time === "" ? "" : `${date}T${time}`;
}
