import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CalendarFeedsTable, Database } from "@/lib/db/schema";
import { FEED_LABELS, type Feed, type FeedLabel } from "@/lib/calendar/types";

function toFeed(row: CalendarFeedsTable): Feed {
  return {
    id: row.id,
    propertyId: row.property_id,
    label: (FEED_LABELS as readonly string[]).includes(row.label) ? (row.label as FeedLabel) : "other",
    url: row.url,
    everyEventIsBooking: row.every_event_is_booking === 1,
    lastSuccessAt: row.last_success_at,
    lastAttemptAt: row.last_attempt_at,
    lastError: row.last_error,
    bookingsSeen: row.bookings_seen,
    waitingForConfirmation: row.held_empty === 1,
    nextSyncAt: row.next_sync_at,
  };
}

export interface FeedRecord extends Feed {
  accountId: string;
  etag: string | null;
  lastModified: string | null;
}

const toRecord = (row: CalendarFeedsTable): FeedRecord => ({ ...toFeed(row), accountId: row.account_id, etag: row.etag, lastModified: row.last_modified });

export type FeedChange = Partial<{
  label: FeedLabel;
  url: string;
  everyEventIsBooking: boolean;
  etag: string | null;
  lastModified: string | null;
  lastAttemptAt: string;
  lastSuccessAt: string;
  lastError: string | null;
  bookingsSeen: number;
  waitingForConfirmation: boolean;
  nextSyncAt: string;
}>;

function toColumns(change: FeedChange): Partial<CalendarFeedsTable> {
  const out: Partial<CalendarFeedsTable> = {};
  if (change.label !== undefined) out.label = change.label;
  if (change.url !== undefined) out.url = change.url;
  if (change.everyEventIsBooking !== undefined) out.every_event_is_booking = change.everyEventIsBooking ? 1 : 0;
  if (change.etag !== undefined) out.etag = change.etag;
  if (change.lastModified !== undefined) out.last_modified = change.lastModified;
  if (change.lastAttemptAt !== undefined) out.last_attempt_at = change.lastAttemptAt;
  if (change.lastSuccessAt !== undefined) out.last_success_at = change.lastSuccessAt;
  if (change.lastError !== undefined) out.last_error = change.lastError;
  if (change.bookingsSeen !== undefined) out.bookings_seen = change.bookingsSeen;
  if (change.waitingForConfirmation !== undefined) out.held_empty = change.waitingForConfirmation ? 1 : 0;
  if (change.nextSyncAt !== undefined) out.next_sync_at = change.nextSyncAt;
  return out;
}

/** Calendar feeds, always scoped to one account. */
export function createFeedStore(db: Kysely<Database>, now: () => number = Date.now) {
  const iso = () => new Date(now()).toISOString();
  const mine = (accountId: string) => db.selectFrom("calendar_feeds").selectAll().where("account_id", "=", accountId);
  return {
    async list(accountId: string, propertyId: string): Promise<Feed[]> {
      return (await mine(accountId).where("property_id", "=", propertyId).orderBy("created_at").execute()).map(toFeed);
    },

    /** Every feed of the account, for Needs attention. */
    async ofAccount(accountId: string): Promise<Feed[]> {
      return (await mine(accountId).orderBy("created_at").execute()).map(toFeed);
    },

    async get(accountId: string, id: string): Promise<FeedRecord | null> {
      const row = await mine(accountId).where("id", "=", id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async labels(accountId: string): Promise<Map<string, FeedLabel>> {
      const rows = await db.selectFrom("calendar_feeds").select(["id", "label"]).where("account_id", "=", accountId).execute();
      return new Map(rows.map((r) => [r.id, toFeed({ label: r.label } as CalendarFeedsTable).label]));
    },

    async create(accountId: string, input: { propertyId: string; label: FeedLabel; url: string; everyEventIsBooking: boolean }): Promise<Feed> {
      const at = iso();
      const row: CalendarFeedsTable = {
        id: randomUUID(), account_id: accountId, property_id: input.propertyId, label: input.label, url: input.url,
        every_event_is_booking: input.everyEventIsBooking ? 1 : 0, etag: null, last_modified: null, last_attempt_at: null,
        last_success_at: null, last_error: null, bookings_seen: 0, held_empty: 0, next_sync_at: at, created_at: at, updated_at: at,
      };
      await db.insertInto("calendar_feeds").values(row).execute();
      return toFeed(row);
    },

    async update(accountId: string, id: string, change: FeedChange): Promise<void> {
      await db.updateTable("calendar_feeds").set({ ...toColumns(change), updated_at: iso() }).where("account_id", "=", accountId).where("id", "=", id).execute();
    },

    async remove(accountId: string, id: string): Promise<void> {
      await db.deleteFrom("calendar_feeds").where("account_id", "=", accountId).where("id", "=", id).execute();
    },

    /** Every account's properties that have feeds: where the engine keeps doors in line with stays. */
    async properties(): Promise<{ accountId: string; propertyId: string }[]> {
      const rows = await db.selectFrom("calendar_feeds").select(["account_id", "property_id"]).distinct().execute();
      return rows.map((r) => ({ accountId: r.account_id, propertyId: r.property_id }));
    },

    /** Every feed due for a sync, across accounts: what the engine fetches next. */
    async due(at: number): Promise<FeedRecord[]> {
      return (await db.selectFrom("calendar_feeds").selectAll().where("next_sync_at", "<=", new Date(at).toISOString()).execute()).map(toRecord);
    },
  };
}

export type FeedStore = ReturnType<typeof createFeedStore>;
