import { formatInTimeZone } from "date-fns-tz";
import { wallTimeToInstant } from "./wall-time";

export type WallTimePreview =
  | { kind: "ok"; utc: string; viewer: string | null; note?: string }
  | { kind: "nonexistent"; message: string; nextValid: string };

const PATTERN = "EEE d MMM yyyy, HH:mm";

/**
 * What a lock-local wall time means elsewhere: the same instant in the viewer's zone (when it
 * differs) and in UTC, or why the time does not exist on that day.
 */
export function previewWallTime(wall: string, lockZone: string, viewerZone: string): WallTimePreview | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall)) return null;
  const result = wallTimeToInstant(wall, lockZone);
  if (result.kind === "nonexistent") {
    return {
      kind: "nonexistent",
      nextValid: result.nextValid,
      message: `${wall.replace("T", " ")} does not exist in ${lockZone}: the clocks jump forward. The next valid time is ${result.nextValid.replace("T", " ")}.`,
    };
  }
  const sameZone = formatInTimeZone(result.instant, viewerZone, "xxx") === formatInTimeZone(result.instant, lockZone, "xxx");
  return {
    kind: "ok",
    utc: `${formatInTimeZone(result.instant, "UTC", PATTERN)} UTC`,
    viewer: sameZone ? null : `${formatInTimeZone(result.instant, viewerZone, PATTERN)} your time (${viewerZone})`,
    note:
      result.kind === "ambiguous"
        ? `This time occurs twice in ${lockZone} (the clocks go back). Keyhost uses the first one, ${formatInTimeZone(result.instant, lockZone, "HH:mm xxx")}.`
        : undefined,
  };
}
