import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { detailWords } from "./event-detail";
import type { PinEvent } from "./types";
import type { StatusTone } from "./view-status";

/** What a row is about; its title is the "pins" catalog's word for it. */
type RowKind = "created" | "changed" | "deleted" | "repaired" | "adopted" | "kept" | "drift" | "gone" | "checked";

/** One thing that happened to a PIN, as the host thinks of it: an action with its attempts folded in. */
export interface HistoryRow {
  id: string;
  at: string;
  kind: RowKind;
  /** "Changed", "Created", "Changed in the Nuki app"… */
  title: string;
  actor: string | null;
  /** What changed, field by field, or what the lock had instead. */
  detail: string | null;
  /** How it ended; null while it is still on its way. */
  outcome: { words: string; tone: StatusTone } | null;
  /** The writes sent to Nuki for it, oldest first. */
  attempts: PinEvent[];
}

const REQUESTED: Record<string, RowKind> = { create: "created", update: "changed", delete: "deleted", repair: "repaired", adopt: "adopted", keep: "kept" };

const TITLE_KEYS = {
  created: "history.created",
  changed: "history.changed",
  deleted: "history.deleted",
  repaired: "history.repaired",
  adopted: "history.adopted",
  kept: "history.kept",
  drift: "history.drift",
  gone: "history.gone",
  checked: "history.checked",
} as const satisfies Record<RowKind, string>;

/** Events that begin a row of their own; the rest (attempts and outcomes) belong to the row before them. */
function kindOf(event: PinEvent): RowKind | null {
  switch (event.type) {
    case "requested":
      return (event.action ? REQUESTED[event.action] : undefined) ?? "changed";
    case "repaired":
      return "repaired";
    case "adopted":
      return event.action === "keep" ? "kept" : "adopted";
    case "drift":
      return "drift";
    default:
      return null;
  }
}

function outcomeOf(event: PinEvent, row: HistoryRow | undefined, t: Translate): HistoryRow["outcome"] {
  const deleting = row?.kind === "deleted";
  switch (event.type) {
    case "confirmed":
      if (row?.kind === "drift") return { words: t("history.matchesAgain"), tone: "good" };
      return { words: deleting || event.action === "delete" ? t("history.goneAsAsked") : t("history.savedOnLock"), tone: "good" };
    case "failed":
      return { words: t("history.notSaved"), tone: "bad" };
    case "gone":
      return { words: t("history.gone"), tone: deleting ? "good" : "warn" };
    default:
      return null;
  }
}

/**
 * A PIN's events (oldest first, as the API gives them) folded into one row per action: the request,
 * its attempts and how it ended. Adopted and kept codes are settled at once; a change in the Nuki app
 * stands until the lock matches again or the host acts. `t` is the "pins" namespace's translator.
 */
export function historyRows(events: readonly PinEvent[], t: Translate, locale: Locale): HistoryRow[] {
  const ownRow = (event: PinEvent, kind: RowKind): HistoryRow => ({
    id: event.id, at: event.at, kind, title: t(TITLE_KEYS[kind]), actor: event.actor, detail: detailWords(event.detail, t, locale), outcome: null, attempts: [],
  });
  const rows: HistoryRow[] = [];
  for (const event of events) {
    const kind = kindOf(event);
    if (kind) {
      const row = ownRow(event, kind);
      if (event.type === "adopted") row.outcome = { words: t("history.savedOnLock"), tone: "good" };
      rows.push(row);
      continue;
    }
    let row = rows.at(-1);
    // Gone without being asked is news of its own, not the end of the last change.
    if (!row || (event.type === "gone" && row.kind !== "deleted")) {
      row = ownRow(event, event.type === "gone" ? "gone" : "checked");
      rows.push(row);
    }
    if (event.type === "attempt") row.attempts.push(event);
    const outcome = outcomeOf(event, row, t);
    if (outcome) {
      row.outcome = outcome;
      // A failure's reason is what the host needs to act on; keep what changed in front of it.
      const reason = detailWords(event.detail, t, locale);
      if (event.type === "failed" && reason) row.detail = row.detail ? `${row.detail} ${reason}` : reason;
    }
  }
  return rows;
}

/** "1 attempt", "3 attempts", or null when nothing was sent. */
export function attemptsWords(row: Pick<HistoryRow, "attempts">, t: Translate): string | null {
  const n = row.attempts.length;
  return n === 0 ? null : t("history.attempts", { count: n });
}

/** A row with no outcome: still on its way if it is the last one, otherwise overtaken by the next. */
export function pendingWords(rows: readonly HistoryRow[], index: number, t: Translate): string {
  return index === rows.length - 1 ? t("history.onItsWay") : t("history.replaced");
}
