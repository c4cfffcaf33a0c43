import { addDays, format } from "date-fns";
import { formatInTimeZone } from "date-fns-tz";
import { joinWallTime, normaliseTimeOfDay, splitWallTime } from "@/lib/time/typed-time";
import type { PinState } from "./schema";
import { WEEKDAYS, type Pin, type Weekday } from "./types";

/** What the editor's inputs hold: strings as the inputs give them, "" meaning "not set". */
export interface PinFormValues {
  name: string;
  code: string;
  enabled: boolean;
  validFrom: string;
  validUntil: string;
  weekdays: Weekday[];
  dailyFrom: string;
  dailyUntil: string;
}


export function emptyForm(): PinFormValues {
  return { name: "", code: "", enabled: true, validFrom: "", validUntil: "", weekdays: [...WEEKDAYS], dailyFrom: "", dailyUntil: "" };
}

export function formFromPin(pin: Pin): PinFormValues {
  return {
    name: pin.name,
    code: pin.code,
    enabled: pin.enabled,
    validFrom: pin.validFrom ?? "",
    validUntil: pin.validUntil ?? "",
    weekdays: [...pin.weekdays],
    dailyFrom: pin.dailyFrom ?? "",
    dailyUntil: pin.dailyUntil ?? "",
  };
}

const orNull = (v: string) => (v.trim() === "" ? null : v);

/**
 * A time as typed, read as its field reads it on leaving ("930" is 09:30), so a form sent with Enter
 * straight from the field sends the same; what is no time stays as typed, for the check to refuse.
 */
const typedTime = (v: string) => normaliseTimeOfDay(v) ?? v;
const typedWallTime = (v: string) => {
  const { date, time } = splitWallTime(v);
  return v.includes("T") ? joinWallTime(date, typedTime(time)) : v;
};

export function inputFromForm(values: PinFormValues): PinState {
  return {
    name: values.name.trim(),
    code: values.code.trim(),
    enabled: values.enabled,
    validFrom: orNull(typedWallTime(values.validFrom)),
    validUntil: orNull(typedWallTime(values.validUntil)),
    weekdays: WEEKDAYS.filter((d) => values.weekdays.includes(d)),
    dailyFrom: orNull(typedTime(values.dailyFrom)),
    dailyUntil: orNull(typedTime(values.dailyUntil)),
  };
}

/** Only what the host changed goes into a PATCH; the server keeps the rest as it is on Nuki. */
export function patchFromForm(original: PinFormValues, values: PinFormValues): Partial<PinState> {
  const before = inputFromForm(original);
  const after = inputFromForm(values);
  const patch: Partial<PinState> = {};
  for (const key of Object.keys(after) as (keyof PinState)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(patch, { [key]: after[key] });
  }
  return patch;
}

type Window = Pick<PinFormValues, "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">;

export function alwaysPreset(): Window {
  return { validFrom: "", validUntil: "", weekdays: [...WEEKDAYS], dailyFrom: "", dailyUntil: "" };
}

/** From this minute in the lock's zone until the same time a week later (the host adjusts the end). */
export function fromNowPreset(zone: string, now: Date, days = 7): Window {
  const start = formatInTimeZone(now, zone, "yyyy-MM-dd'T'HH:mm");
  const [date = "", time = ""] = start.split("T");
  const end = `${format(addDays(new Date(`${date}T00:00`), days), "yyyy-MM-dd")}T${time}`;
  return { ...alwaysPreset(), validFrom: start, validUntil: end };
}

/** A guest's stay: arrival day at check-in until departure day at check-out, lock-local. */
export function stayPreset(arrival: string, departure: string, checkIn = "15:00", checkOut = "11:00"): Window {
  return { ...alwaysPreset(), validFrom: `${arrival}T${checkIn}`, validUntil: `${departure}T${checkOut}` };
}
