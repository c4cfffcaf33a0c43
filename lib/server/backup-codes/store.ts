import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { BackupCodesTable, Database } from "@/lib/db/schema";
import type { PinBackup } from "@/lib/pins/types";

export interface BackupDoorRow {
  lockId: number;
  pinId: string | null;
  problem: string | null;
}

export interface StoredBackup {
  id: string;
  accountId: string;
  propertyId: string;
  slot: number;
  code: string;
  doors: BackupDoorRow[];
  status: "active" | "retired";
  givenStayId: string | null;
  usedAt: string | null;
  replaceAfter: string | null;
  createdAt: string;
}

function toBackup(row: BackupCodesTable): StoredBackup {
  return {
    id: row.id,
    accountId: row.account_id,
    propertyId: row.property_id,
    slot: Number(row.slot),
    code: row.code,
    doors: JSON.parse(row.doors) as BackupDoorRow[],
    status: row.status,
    givenStayId: row.given_stay_id,
    usedAt: row.used_at,
    replaceAfter: row.replace_after,
    createdAt: row.created_at,
  };
}

export type BackupChange = Partial<Pick<StoredBackup, "doors" | "status" | "givenStayId" | "usedAt" | "replaceAfter">>;

/** Properties' backup codes, always scoped to one account. */
export function createBackupStore(db: Kysely<Database>, now: () => number = Date.now) {
  const iso = () => new Date(now()).toISOString();
  const active = (accountId: string) => db.selectFrom("backup_codes").selectAll().where("account_id", "=", accountId).where("status", "=", "active");
  return {
    /** The property's codes in use, by slot. */
    async list(accountId: string, propertyId: string): Promise<StoredBackup[]> {
      return (await active(accountId).where("property_id", "=", propertyId).orderBy("slot").execute()).map(toBackup);
    },

    /** Every account's codes in use, for the background replacement. */
    async allActive(): Promise<StoredBackup[]> {
      return (await db.selectFrom("backup_codes").selectAll().where("status", "=", "active").orderBy("account_id").orderBy("slot").execute()).map(toBackup);
    },

    async create(accountId: string, input: Pick<StoredBackup, "propertyId" | "slot" | "code" | "doors">): Promise<StoredBackup> {
      const at = iso();
      const row: BackupCodesTable = {
        id: randomUUID(), account_id: accountId, property_id: input.propertyId, slot: input.slot, code: input.code,
        doors: JSON.stringify(input.doors), status: "active", given_stay_id: null, used_at: null, replace_after: null, created_at: at, updated_at: at,
      };
      await db.insertInto("backup_codes").values(row).execute();
      return toBackup(row);
    },

    /**
     * Which of a lock's PINs are backup codes, by ledger PIN id. Retired codes count too: an old
     * code still being deleted from the door is shown with the property's backup codes, not a guest's.
     */
    async pinsOnLock(accountId: string, lockId: number): Promise<Map<string, PinBackup>> {
      const rows = await db
        .selectFrom("backup_codes")
        .innerJoin("properties", "properties.id", "backup_codes.property_id")
        .select(["backup_codes.property_id", "backup_codes.slot", "backup_codes.doors", "properties.name"])
        .where("backup_codes.account_id", "=", accountId)
        .execute();
      const out = new Map<string, PinBackup>();
      for (const row of rows) {
        const door = (JSON.parse(row.doors) as BackupDoorRow[]).find((d) => d.lockId === lockId && d.pinId);
        if (door?.pinId) out.set(door.pinId, { propertyId: row.property_id, propertyName: row.name, slot: Number(row.slot) });
      }
      return out;
    },

    async update(accountId: string, id: string, change: BackupChange): Promise<void> {
      const set: Partial<BackupCodesTable> = { updated_at: iso() };
      if (change.doors !== undefined) set.doors = JSON.stringify(change.doors);
      if (change.status !== undefined) set.status = change.status;
      if (change.givenStayId !== undefined) set.given_stay_id = change.givenStayId;
      if (change.usedAt !== undefined) set.used_at = change.usedAt;
      if (change.replaceAfter !== undefined) set.replace_after = change.replaceAfter;
      await db.updateTable("backup_codes").set(set).where("account_id", "=", accountId).where("id", "=", id).execute();
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
