import "server-only";
import type { NukiClient } from "@/lib/nuki/client";
import type { NukiLog } from "@/lib/nuki/schemas";
import { formatInstant } from "@/lib/time/wall-time";
import { decodeCursor, encodeCursor, type EntryCursor } from "@/lib/activity/cursor";
import { clampDay, nextDay, startOfLocalDay } from "@/lib/activity/day-bounds";
import type { DoorEntry, EntryLock, EntryPage } from "@/lib/activity/types";
import { actionWord, entryKind, isKeypadLog, triggerWord } from "@/lib/activity/words";

/** Nuki's largest log page. */
export const LOG_PAGE = 50;
/** Log pages read per lock and request, so a rarely matching filter cannot scan a whole history at once. */
export const MAX_PAGES_PER_LOCK = 6;

export interface EntryQuery {
  /** Only entries by this PIN (Keyhost's id, as in the PIN list). */
  pinId?: string;
  /** Lock-local calendar days `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

export function toDoorEntry(log: NukiLog, lock: EntryLock): DoorEntry {
  const pin = log.authId ? lock.pins.find((p) => p.authId === log.authId) : undefined;
  const kind = entryKind(log);
  const entry: DoorEntry = {
    id: log.id, lockId: lock.lockId, lockName: lock.name, zone: lock.zone, kind,
    at: formatInstant(log.date, lock.zone, "yyyy-MM-dd'T'HH:mm:ss"),
    instant: new Date(log.date).toISOString(),
    action: actionWord(log.action), trigger: triggerWord(log.trigger),
  };
  if (log.authId) entry.authId = log.authId;
  if (pin) entry.pinId = pin.pinId;
  const name = pin?.name ?? (kind === "wrong_code" ? undefined : log.name ?? undefined);
  if (name) entry.pinName = name;
  return entry;
}

/** One lock's side of the merge: log entries read but not yet passed, and where to read on. */
class LockReader {
  private queue: NukiLog[] = [];
  private pages = 0;
  private exhausted = false;
  constructor(
    private readonly nuki: NukiClient,
    readonly lock: EntryLock,
    private position: string | null | undefined,
    private readonly authId: string | undefined,
    private readonly window: { fromDate?: string; toDate?: string },
  ) {
    if (position === null) this.exhausted = true;
  }

  private skipOthers() {
    while (this.queue[0] && !isKeypadLog(this.queue[0])) this.position = this.queue.shift()!.id;
  }

  /** The next keypad entry, null when there is none, "stalled" when this request has read enough. */
  async head(): Promise<NukiLog | null | "stalled"> {
    for (;;) {
      this.skipOthers();
      if (this.queue[0]) return this.queue[0];
      if (this.exhausted) return null;
      if (this.pages >= MAX_PAGES_PER_LOCK) return "stalled";
      this.pages += 1;
      const page = await this.nuki.listLog(this.lock.lockId, { limit: LOG_PAGE, ...(this.position ? { id: this.position } : {}), ...(this.authId ? { authId: this.authId } : {}), ...this.window });
      this.queue = [...page];
      this.exhausted = page.length < LOG_PAGE;
    }
  }

  take(): NukiLog {
    const log = this.queue.shift()!;
    this.position = log.id;
    return log;
  }

  /** Where the next request goes on: null when nothing older is left, undefined when nothing was passed yet. */
  get cursor(): string | null | undefined {
    this.skipOthers();
    return this.exhausted && this.queue.length === 0 ? null : this.position;
  }
}

/**
 * Keypad entries of a set of locks, newest first across all of them. Each lock is read page by
 * page with Nuki's `id` paging; the cursor remembers each lock's position, so "older" continues
 * exactly where every lock stopped.
 */
export async function listEntries(nuki: NukiClient, locks: EntryLock[], query: EntryQuery): Promise<EntryPage> {
  const start: EntryCursor = query.cursor ? (decodeCursor(query.cursor) ?? {}) : {};
  const readers = locks.flatMap((lock) => {
    const authId = query.pinId ? lock.pins.find((p) => p.pinId === query.pinId)?.authId : undefined;
    if (query.pinId && !authId) return []; // that PIN never reached this lock: nothing of it to show
    const fromDate = query.from ? startOfLocalDay(clampDay(query.from), lock.zone).toISOString() : undefined;
    const toDate = query.to ? new Date(startOfLocalDay(nextDay(clampDay(query.to)), lock.zone).getTime() - 1).toISOString() : undefined;
    const position = String(lock.lockId) in start ? start[String(lock.lockId)] : undefined;
    return [new LockReader(nuki, lock, position, authId, { ...(fromDate && { fromDate }), ...(toDate && { toDate }) })];
  });

  const entries: DoorEntry[] = [];
  let stalled = false;
  while (entries.length < query.limit) {
    const heads = await Promise.all(readers.map(async (reader) => ({ reader, head: await reader.head() })));
    if (heads.some((h) => h.head === "stalled")) {
      stalled = true;
      break;
    }
    const next = heads
      .filter((h): h is { reader: LockReader; head: NukiLog } => h.head !== null && h.head !== "stalled")
      .sort((a, b) => Date.parse(b.head.date) - Date.parse(a.head.date) || a.reader.lock.lockId - b.reader.lock.lockId)[0];
    if (!next) break;
    entries.push(toDoorEntry(next.reader.take(), next.reader.lock));
  }

  const cursor: EntryCursor = {};
  for (const reader of readers) {
    const at = reader.cursor;
    if (at !== undefined) cursor[String(reader.lock.lockId)] = at;
  }
  const more = stalled || readers.some((r) => r.cursor !== null);
  return { entries, nextCursor: more ? encodeCursor(cursor) : null };
}
