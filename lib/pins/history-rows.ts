import type { PinEvent } from "./types";
import type { StatusTone } from "./view-status";

/** One thing that happened to a PIN, as the host thinks of it: an action with its attempts folded in. */
export interface HistoryRow {
  id: string;
  at: string;
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

const TITLES: Record<string, string> = {
  create: "Created",
  update: "Changed",
  delete: "Deleted",
  repair: "Put back as the host set it",
  adopt: "Taken over from the lock",
  keep: "Kept as it is on the lock",
};

/** Events that begin a row of their own; the rest (attempts and outcomes) belong to the row before them. */
function titleOf(event: PinEvent): string | null {
  switch (event.type) {
    case "requested":
      return (event.action ? TITLES[event.action] : undefined) ?? "Changed";
    case "repaired":
      return "Put back as the host set it";
    case "adopted":
      return (event.action === "keep" ? TITLES.keep : TITLES.adopt) ?? null;
    case "drift":
      return "Changed in the Nuki app";
    default:
      return null;
  }
}

function outcomeOf(event: PinEvent, row: HistoryRow | undefined): HistoryRow["outcome"] {
  const deleting = row?.title === TITLES.delete;
  switch (event.type) {
    case "confirmed":
      if (row?.title === "Changed in the Nuki app") return { words: "The lock matches again", tone: "good" };
      return { words: deleting || event.action === "delete" ? "Gone from the lock, as asked" : "Saved on the lock", tone: "good" };
    case "failed":
      return { words: "Not saved", tone: "bad" };
    case "gone":
      return { words: "Gone from the lock", tone: deleting ? "good" : "warn" };
    default:
      return null;
  }
}

const ownRow = (event: PinEvent, title: string): HistoryRow => ({ id: event.id, at: event.at, title, actor: event.actor, detail: event.detail, outcome: null, attempts: [] });

/**
 * A PIN's events (oldest first, as the API gives them) folded into one row per action: the request,
 * its attempts and how it ended. Adopted and kept codes are settled at once; a change in the Nuki app
 * stands until the lock matches again or the host acts.
 */
export function historyRows(events: readonly PinEvent[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const event of events) {
    const title = titleOf(event);
    if (title) {
      const row = ownRow(event, title);
      if (event.type === "adopted") row.outcome = { words: "Saved on the lock", tone: "good" };
      rows.push(row);
      continue;
    }
    let row = rows.at(-1);
    // Gone without being asked is news of its own, not the end of the last change.
    if (!row || (event.type === "gone" && row.title !== TITLES.delete)) {
      row = ownRow(event, event.type === "gone" ? "Gone from the lock" : "Checked by Keyhost");
      rows.push(row);
    }
    if (event.type === "attempt") row.attempts.push(event);
    const outcome = outcomeOf(event, row);
    if (outcome) {
      row.outcome = outcome;
      // A failure's reason is what the host needs to act on; keep what changed in front of it.
      if (event.type === "failed" && event.detail) row.detail = row.detail ? `${row.detail} ${event.detail}` : event.detail;
    }
  }
  return rows;
}

/** "1 attempt", "3 attempts", or null when nothing was sent. */
export function attemptsWords(row: Pick<HistoryRow, "attempts">): string | null {
  const n = row.attempts.length;
  return n === 0 ? null : `${n} attempt${n === 1 ? "" : "s"}`;
}

/** A row with no outcome: still on its way if it is the last one, otherwise overtaken by the next. */
export function pendingWords(rows: readonly HistoryRow[], index: number): string {
  return index === rows.length - 1 ? "On its way to the lock" : "Replaced by the next change";
}
