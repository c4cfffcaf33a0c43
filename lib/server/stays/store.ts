import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, StaysTable } from "@/lib/db/schema";
import type { Stay as StayView } from "@/lib/stays/types";

/** A stay as stored; the service adds the property's name. */
export type Stay = Omit<StayView, "propertyName">;

export interface StayDoorRow {
  lockId: number;
  pinId: string | null;
  problem: string | null;
}

function toStay(row: StaysTable): Stay {
  return {
    id: row.id,
    propertyId: row.property_id,
    guestName: row.guest_name,
    arrival: row.arrival,
    departure: row.departure,
    code: row.code,
    status: row.status,
    createdAt: row.created_at,
    checkInTime: row.check_in_time ?? null,
    checkOutTime: row.check_out_time ?? null,
    feedId: row.feed_id ?? null,
    notice: row.notice ?? null,
    codeNote: row.code_note ?? null,
    clearedAt: row.cleared_at ?? null,
  };
}

/** What the calendar sync keeps on a stay besides what the host sees. */
export interface StayLink {
  bookingUid: string | null;
  missingSyncs: number;
}

export type StayChange = Partial<Pick<Stay, "arrival" | "departure" | "status" | "guestName" | "code" | "checkInTime" | "checkOutTime" | "feedId" | "notice" | "codeNote" | "clearedAt">> & Partial<StayLink>;

const COLUMNS = {
  arrival: "arrival", departure: "departure", status: "status", guestName: "guest_name", code: "code",
  checkInTime: "check_in_time", checkOutTime: "check_out_time", feedId: "feed_id", notice: "notice",
  codeNote: "code_note", clearedAt: "cleared_at", bookingUid: "booking_uid", missingSyncs: "missing_syncs",
} as const satisfies Record<keyof StayChange, keyof StaysTable>;

function toColumns(change: StayChange): Partial<StaysTable> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined && key in COLUMNS) out[COLUMNS[key as keyof StayChange]] = value;
  }
  return out as Partial<StaysTable>;
}

/** Stays and the ledger PIN of each of their doors, always scoped to one account. */
export function createStayStore(db: Kysely<Database>, now: () => number = Date.now) {
  const iso = () => new Date(now()).toISOString();
  const mine = (accountId: string) => db.selectFrom("stays").selectAll().where("account_id", "=", accountId);

  /** Each synced stay says which feed it follows by the feed's label (Airbnb, Booking.com…). */
  async function withSource(stays: Stay[]): Promise<Stay[]> {
    const ids = [...new Set(stays.flatMap((s) => (s.feedId ? [s.feedId] : [])))];
    if (ids.length === 0) return stays;
    const rows = await db.selectFrom("calendar_feeds").select(["id", "label"]).where("id", "in", ids).execute();
    const labels = new Map(rows.map((r) => [r.id, r.label]));
    return stays.map((s) => (s.feedId ? { ...s, source: labels.get(s.feedId) ?? null } : s));
  }

  return {
    async list(accountId: string, propertyId?: string): Promise<Stay[]> {
      let query = mine(accountId);
      if (propertyId !== undefined) query = query.where("property_id", "=", propertyId);
      return withSource((await query.orderBy("arrival").orderBy("created_at").execute()).map(toStay));
    },

    async get(accountId: string, id: string): Promise<Stay | null> {
      const row = await mine(accountId).where("id", "=", id).executeTakeFirst();
      return row ? ((await withSource([toStay(row)]))[0] ?? null) : null;
    },

    async create(accountId: string, input: Pick<Stay, "propertyId" | "guestName" | "arrival" | "departure" | "code"> & StayChange): Promise<Stay> {
      const at = iso();
      const row: StaysTable = {
        id: randomUUID(),
        account_id: accountId,
        property_id: input.propertyId,
        guest_name: input.guestName,
        arrival: input.arrival,
        departure: input.departure,
        code: input.code,
        status: "active",
        check_in_time: null,
        check_out_time: null,
        feed_id: null,
        booking_uid: null,
        missing_syncs: 0,
        notice: null,
        code_note: null,
        cleared_at: null,
        created_at: at,
        updated_at: at,
        ...toColumns(input),
      };
      await db.insertInto("stays").values(row).execute();
      return toStay(row);
    },

    async doors(stayId: string): Promise<StayDoorRow[]> {
      const rows = await db.selectFrom("stay_pins").selectAll().where("stay_id", "=", stayId).execute();
      return rows.map((r) => ({ lockId: Number(r.lock_id), pinId: r.pin_id, problem: r.problem }));
    },

    /**
     * Runs `work` in one database transaction over `trx` (build stores over it): what it writes is
     * kept together or not at all, so a server that stops midway leaves nothing half-recorded.
     */
    async inOneTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    async setDoor(stayId: string, door: StayDoorRow): Promise<void> {
      const values = { stay_id: stayId, lock_id: String(door.lockId), pin_id: door.pinId, problem: door.problem };
      await db
        .insertInto("stay_pins")
        .values(values)
        .onConflict((oc) => oc.columns(["stay_id", "lock_id"]).doUpdateSet({ pin_id: values.pin_id, problem: values.problem }))
        .execute();
    },

    async update(accountId: string, id: string, patch: StayChange): Promise<void> {
      await db.updateTable("stays").set({ ...toColumns(patch), updated_at: iso() }).where("account_id", "=", accountId).where("id", "=", id).execute();
    },

    async remove(accountId: string, id: string): Promise<void> {
      await db.deleteFrom("stay_pins").where("stay_id", "=", id).execute();
      await db.deleteFrom("stays").where("account_id", "=", accountId).where("id", "=", id).execute();
    },

    /** Every stay PIN of the account, to tie door entries to their stay and guest. */
    async pinRefs(accountId: string): Promise<{ pinId: string; stayId: string; guestName: string }[]> {
      const rows = await db
        .selectFrom("stay_pins")
        .innerJoin("stays", "stays.id", "stay_pins.stay_id")
        .select(["stay_pins.pin_id as pinId", "stays.id as stayId", "stays.guest_name as guestName"])
        .where("stays.account_id", "=", accountId)
        .where("stay_pins.pin_id", "is not", null)
        .execute();
      return rows.flatMap((r) => (r.pinId ? [{ pinId: r.pinId, stayId: r.stayId, guestName: r.guestName }] : []));
    },

    async activeCount(accountId: string, propertyId: string): Promise<number> {
      const rows = await mine(accountId).where("property_id", "=", propertyId).where("status", "!=", "cancelled").execute();
      return rows.length;
    },

    /** A feed's stays with the booking each follows, cancelled ones included (a UID is never followed twice). */
    async ofFeed(accountId: string, feedId: string): Promise<(Stay & StayLink)[]> {
      const rows = await mine(accountId).where("feed_id", "=", feedId).orderBy("created_at").execute();
      return rows.map((row) => ({ ...toStay(row), bookingUid: row.booking_uid ?? null, missingSyncs: row.missing_syncs ?? 0 }));
    },

    /** Stays the engine still has to put on or take off the doors. */
    async synced(accountId: string): Promise<Stay[]> {
      const rows = await mine(accountId).where("feed_id", "is not", null).where("status", "!=", "cancelled").where("cleared_at", "is", null).execute();
      return rows.map(toStay);
    },

    /** A removed feed leaves its stays as if typed by hand. */
    async detachFeed(accountId: string, feedId: string): Promise<void> {
      await db.updateTable("stays").set({ feed_id: null, updated_at: iso() }).where("account_id", "=", accountId).where("feed_id", "=", feedId).execute();
    },
  };
}

export type StayStore = ReturnType<typeof createStayStore>;
