import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, EventType } from "@/lib/db/schema";
import type { PinState } from "@/lib/pins/schema";
import type { PinEvent } from "@/lib/pins/types";
import { createConfirmTimeStore } from "./confirm-times";
import { lockSettingsStore } from "./lock-settings";
import { iso, startsRound, toColumns, toEvent, toRecord, type PinRecord } from "./records";

export type { PinRecord } from "./records";
export type { CleanupLock } from "./lock-settings";
export type RecordPatch = Parameters<typeof toColumns>[0];

/**
 * What an outcome decided from a record read earlier expects to still hold: the same request (what
 * the host wants, and when that round began). A host's change in between makes the update a no-op,
 * and the PIN, due again, is looked at afresh.
 */
export type SameRequest = Pick<PinRecord, "desired" | "requestedAt">;

export interface NewEvent {
  pinId: string;
  accountId: string;
  lockId: number;
  type: EventType;
  actor?: string | null;
  action?: string | null;
  httpStatus?: number | null;
  detail?: string | null;
}

/**
 * What every host asked for, and what happened to it: managed PINs with their desired state and
 * status, and an event for each request, attempt and outcome. Written before Nuki is called, so a
 * server that stops mid-way resumes from here.
 */
let sequence = 0;
/** Sortable event ids: events in the same millisecond keep the order they happened in. */
function eventId(at: number): string {
  sequence = (sequence + 1) % 36 ** 6;
  return `${at.toString(36).padStart(9, "0")}${sequence.toString(36).padStart(6, "0")}-${randomUUID()}`;
}

export function createLedger(db: Kysely<Database>, now: () => number = Date.now) {
  const pins = () => db.selectFrom("pins").selectAll();

  return {
    ...createConfirmTimeStore(db, now),

    async insert(input: { accountId: string; lockId: number; authId: string | null; desired: PinState | null; status: PinRecord["status"] }): Promise<PinRecord> {
      const at = iso(now());
      const row = {
        id: randomUUID(),
        account_id: input.accountId,
        lock_id: String(input.lockId),
        auth_id: input.authId,
        name: input.desired?.name ?? "",
        desired: input.desired ? JSON.stringify(input.desired) : null,
        status: input.status,
        reason: null,
        drift: null,
        attempts: 0,
        sent_at: null,
        next_check_at: at,
        requested_at: at,
        lease_until: null,
        lease_owner: null,
        created_at: at,
        updated_at: at,
      };
      await db.insertInto("pins").values(row).execute();
      return toRecord(row);
    },

    async get(accountId: string, lockId: number, id: string): Promise<PinRecord | null> {
      const row = await pins().where("id", "=", id).where("account_id", "=", accountId).where("lock_id", "=", String(lockId)).executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    /** Every PIN Keyhost still looks after (all but the ones confirmed gone), oldest first. */
    async open(accountId: string, lockId?: number): Promise<PinRecord[]> {
      let query = pins().where("account_id", "=", accountId).where("status", "!=", "gone");
      if (lockId !== undefined) query = query.where("lock_id", "=", String(lockId));
      return (await query.orderBy("created_at").orderBy("id").execute()).map(toRecord);
    },

    /** Accounts with a PIN due for a look by the engine. */
    async dueAccounts(limit = 50): Promise<string[]> {
      const rows = await db
        .selectFrom("pins")
        .select("account_id")
        .distinct()
        .where("status", "!=", "gone")
        .where("next_check_at", "<=", iso(now()))
        .limit(limit)
        .execute();
      return rows.map((r) => r.account_id);
    },

    async update(id: string, patch: RecordPatch, unlessChanged?: SameRequest): Promise<void> {
      const at = iso(now());
      let query = db.updateTable("pins").set({ ...toColumns(patch), ...(startsRound(patch) ? { requested_at: at } : {}), updated_at: at }).where("id", "=", id);
      if (unlessChanged) {
        const desired = unlessChanged.desired ? JSON.stringify(unlessChanged.desired) : null;
        query = desired === null ? query.where("desired", "is", null) : query.where("desired", "=", desired);
        const round = unlessChanged.requestedAt;
        if (round !== undefined) query = query.where((eb) => eb(eb.fn.coalesce("requested_at", "created_at"), "=", iso(round)));
      }
      await query.execute();
    },

    /** A webhook said the lock changed: look at its PINs on the next pass. */
    async dueNow(lockId: number): Promise<void> {
      await db.updateTable("pins").set({ next_check_at: iso(now()) }).where("lock_id", "=", String(lockId)).where("status", "!=", "gone").execute();
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom("pins").where("id", "=", id).execute();
    },

    /** Takes a PIN for one writer; false when another (request or instance) holds it. */
    async claim(id: string, owner: string, forMs: number): Promise<boolean> {
      const at = iso(now());
      const result = await db
        .updateTable("pins")
        .set({ lease_owner: owner, lease_until: iso(now() + forMs) })
        .where("id", "=", id)
        // Not re-entrant: a request and the background tick in one process are two senders too.
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", at)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async release(id: string, owner: string): Promise<void> {
      await db.updateTable("pins").set({ lease_owner: null, lease_until: null }).where("id", "=", id).where("lease_owner", "=", owner).execute();
    },

    async event(e: NewEvent): Promise<void> {
      await db
        .insertInto("events")
        .values({
          id: eventId(now()),
          pin_id: e.pinId,
          account_id: e.accountId,
          lock_id: String(e.lockId),
          at: iso(now()),
          type: e.type,
          actor: e.actor ?? null,
          action: e.action ?? null,
          http_status: e.httpStatus ?? null,
          detail: e.detail ?? null,
        })
        .execute();
    },

    async history(accountId: string, pinId: string): Promise<PinEvent[]> {
      const rows = await db.selectFrom("events").selectAll().where("account_id", "=", accountId).where("pin_id", "=", pinId).orderBy("at").orderBy("id").execute();
      return rows.map(toEvent);
    },

    /** The lock's recent operations, newest first, each with the PIN's name as the host set it. */
    async activity(accountId: string, lockId: number, limit: number): Promise<PinEvent[]> {
      const rows = await db
        .selectFrom("events")
        .leftJoin("pins", "pins.id", "events.pin_id")
        .selectAll("events")
        .select("pins.name as pin_name")
        .where("events.account_id", "=", accountId)
        .where("events.lock_id", "=", String(lockId))
        .orderBy("events.at", "desc")
        .orderBy("events.id", "desc")
        .limit(limit)
        .execute();
      return rows.map(toEvent);
    },

    ...lockSettingsStore(db, now),
  };
}

export type Ledger = ReturnType<typeof createLedger>;
