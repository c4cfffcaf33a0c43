import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { formatLocalInstant } from "@/lib/time/format-instant";
import type { PinEvent } from "./types";
import type { StatusTone } from "./view-status";

// Every sentence here is a key of the "pins" catalog; `t` is that namespace's translator.
const REQUESTS: Record<string, string> = {
  create: "events.askedCreate",
  update: "events.askedUpdate",
  delete: "events.askedDelete",
  repair: "events.askedRepair",
  adopt: "events.askedAdopt",
};

const SENDING: Record<string, string> = {
  create: "events.doingCreate",
  update: "events.doingUpdate",
  delete: "events.doingDelete",
  repair: "events.doingRepair",
};

function attemptWords(event: PinEvent, t: Translate): string {
  const doing = event.action ? SENDING[event.action] : undefined;
  const what = doing ? t("events.sentDoing", { doing: t(doing) }) : t("events.sent");
  if (event.httpStatus === null) return t("events.sentNoAnswer", { what });
  return event.httpStatus < 300 ? t("events.sentAccepted", { what }) : t("events.sentRefused", { what });
}

/** What happened, in a host's words: "Asked to create the PIN", "Changed in the Nuki app". */
export function describeEvent(event: PinEvent, t: Translate): string {
  switch (event.type) {
    case "requested": {
      const known = event.action ? REQUESTS[event.action] : undefined;
      if (known) return t(known);
      return event.action ? t("events.askedOther", { action: event.action }) : t("events.askedChange");
    }
    case "attempt":
      return attemptWords(event, t);
    case "confirmed":
      return event.action === "delete" ? t("history.goneAsAsked") : t("events.seen");
    case "drift":
      return t("history.drift");
    case "repaired":
      return t("history.repaired");
    case "failed":
      return t("events.failed");
    case "adopted":
      return t("events.adopted");
    case "gone":
      return t("history.gone");
  }
}

export function eventTone(event: Pick<PinEvent, "type" | "httpStatus">): StatusTone {
  switch (event.type) {
    case "confirmed":
    case "repaired":
    case "adopted":
      return "good";
    case "failed":
      return "bad";
    case "drift":
    case "gone":
      return "warn";
    case "attempt":
      return event.httpStatus !== null && event.httpStatus < 300 ? "info" : "bad";
    default:
      return "neutral";
  }
}

const MEANINGS: Record<number, string> = {
  400: "events.badRequest",
  401: "events.notSignedIn",
  403: "events.noAccess",
  404: "events.notFound",
  409: "events.conflict",
  422: "events.valuesRefused",
  423: "events.lockBusy",
  429: "events.tooMany",
};

/** Nuki's answer to an attempt, with a short meaning: "Nuki answered 204 (accepted)", "No answer from Nuki". */
export function nukiAnswer(event: Pick<PinEvent, "type" | "httpStatus">, t: Translate): string | null {
  if (event.httpStatus === null) return event.type === "attempt" ? t("events.noAnswer") : null;
  const status = event.httpStatus;
  const meaning = status < 300 ? "events.accepted" : (MEANINGS[status] ?? (status >= 500 ? "events.nukiProblem" : "events.refused"));
  return t("events.answered", { status, meaning: t(meaning) });
}

/** An event's time in the lock's zone; an unreadable timestamp is shown as it came rather than lost. */
export function eventTime(at: string, zone: string, locale: Locale = "en"): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return at;
  try {
    return formatLocalInstant(instant, zone, locale);
  } catch {
    return formatLocalInstant(instant, "UTC", locale);
  }
}
