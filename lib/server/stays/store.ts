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
  };
}

/** Stays and the ledger PIN of each of their doors, always scoped to one account. */
export function createStayStore(db: Kysely<Database>, now: () => number = Date.now) {
  const iso = () => new Date(now()).toISOString();
  const mine = (accountId: string) => db.selectFrom("stays").selectAll().where("account_id", "=", accountId);

  return {
    async list(accountId: string, propertyId?: string): Promise<Stay[]> {
      let query = mine(accountId);
      if (propertyId !== undefined) query = query.where("property_id", "=", propertyId);
      return (await query.orderBy("arrival").orderBy("created_at").execute()).map(toStay);
    },

    async get(accountId: string, id: string): Promise<Stay | null> {
      const row = await mine(accountId).where("id", "=", id).executeTakeFirst();
      return row ? toStay(row) : null;
    },

    async create(accountId: string, input: Pick<Stay, "propertyId" | "guestName" | "arrival" | "departure" | "code">): Promise<Stay> {
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
        created_at: at,
        updated_at: at,
      };
      await db.insertInto("stays").values(row).execute();
      return toStay(row);
    },

    async doors(stayId: string): Promise<StayDoorRow[]> {
      const rows = await db.selectFrom("stay_pins").selectAll().where("stay_id", "=", stayId).execute();
      return rows.map((r) => ({ lockId: Number(r.lock_id), pinId: r.pin_id, problem: r.problem }));
    },

    async setDoor(stayId: string, door: StayDoorRow): Promise<void> {
      const values = { stay_id: stayId, lock_id: String(door.lockId), pin_id: door.pinId, problem: door.problem };
      await db
        .insertInto("stay_pins")
        .values(values)
        .onConflict((oc) => oc.columns(["stay_id", "lock_id"]).doUpdateSet({ pin_id: values.pin_id, problem: values.problem }))
        .execute();
    },

    async update(accountId: string, id: string, patch: Partial<Pick<Stay, "arrival" | "departure" | "status">>): Promise<void> {
      await db.updateTable("stays").set({ ...patch, updated_at: iso() }).where("account_id", "=", accountId).where("id", "=", id).execute();
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
      const rows = await mine(accountId).where("property_id", "=", propertyId).where("status", "=", "active").execute();
      return rows.length;
    },
  };
}

export type StayStore = ReturnType<typeof createStayStore>;
