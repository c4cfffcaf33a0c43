import { formatLocalInstant } from "@/lib/time/format-instant";
import type { PinEvent } from "./types";
import type { StatusTone } from "./view-status";

const REQUESTS: Record<string, string> = {
  create: "Asked to create the PIN",
  update: "Asked to change the PIN",
  delete: "Asked to delete the PIN",
  repair: "Asked to repair the PIN",
  adopt: "Asked to take over the PIN",
};

const SENDING: Record<string, string> = {
  create: "creating",
  update: "changing",
  delete: "deleting",
  repair: "repairing",
};

function attemptWords(event: PinEvent): string {
  const doing = event.action ? SENDING[event.action] : undefined;
  const what = doing ? `Sent to Nuki (${doing})` : "Sent to Nuki";
  if (event.httpStatus === null) return `${what}: no answer`;
  return `${what}: ${event.httpStatus < 300 ? "accepted" : "refused"}`;
}

/** What happened, in a host's words: "Asked to create the PIN", "Changed in the Nuki app". */
export function describeEvent(event: PinEvent): string {
  switch (event.type) {
    case "requested": {
      const known = event.action ? REQUESTS[event.action] : undefined;
      return known ?? (event.action ? `Asked to ${event.action}` : "Asked for a change");
    }
    case "attempt":
      return attemptWords(event);
    case "confirmed":
      return event.action === "delete" ? "Gone from the lock, as asked" : "Seen on the lock";
    case "drift":
      return "Changed in the Nuki app";
    case "repaired":
      return "Put back as the host set it";
    case "failed":
      return "Could not be saved";
    case "adopted":
      return "Taken over by Keyhost";
    case "gone":
      return "Gone from the lock";
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
  400: "the request was refused",
  401: "not signed in",
  403: "no access to this lock",
  404: "not found",
  409: "conflict with another change",
  422: "the values were refused",
  423: "the lock is busy",
  429: "too many requests",
};

/** Nuki's answer to an attempt, with a short meaning: "204 (accepted)", "No answer from Nuki". */
export function nukiAnswer(event: Pick<PinEvent, "type" | "httpStatus">): string | null {
  if (event.httpStatus === null) return event.type === "attempt" ? "No answer from Nuki" : null;
  const status = event.httpStatus;
  const meaning = status < 300 ? "accepted" : (MEANINGS[status] ?? (status >= 500 ? "Nuki had a problem" : "refused"));
  return `Nuki answered ${status} (${meaning})`;
}

/** An event's time in the lock's zone; an unreadable timestamp is shown as it came rather than lost. */
export function eventTime(at: string, zone: string): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return at;
  try {
    return formatLocalInstant(instant, zone);
  } catch {
    return formatLocalInstant(instant, "UTC");
  }
}
