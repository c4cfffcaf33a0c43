import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, PropertiesTable } from "@/lib/db/schema";
import { DEFAULT_CHECK_HOURS, parseCheckHours } from "@/lib/checks/rules";
import { PROPERTY_DEFAULTS, type Property, type PropertyInput } from "@/lib/properties/types";
import { isLocale } from "@/lib/i18n/config";

function toProperty(row: PropertiesTable, lockIds: number[], checkHours: number[]): Property {
  return {
    id: row.id,
    name: row.name,
    lockIds,
    checkInTime: row.check_in_time,
    checkOutTime: row.check_out_time,
    earlyMinutes: row.early_minutes,
    lateMinutes: row.late_minutes,
    messageTemplate: row.message_template,
    messageTemplateDe: row.message_template_de ?? null,
    messageLanguage: isLocale(row.message_language) ? row.message_language : PROPERTY_DEFAULTS.messageLanguage,
    leadDays: row.lead_days ?? PROPERTY_DEFAULTS.leadDays,
    codeChoice: row.code_choice === "phone" ? "phone" : "random",
    checkHours,
  };
}

/** Properties and their doors, always scoped to one account. */
export function createPropertyStore(db: Kysely<Database>, now: () => number = Date.now) {
  const iso = () => new Date(now()).toISOString();

  async function doorsOf(ids: string[]): Promise<Map<string, number[]>> {
    const doors = new Map<string, number[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return doors;
    const rows = await db.selectFrom("property_locks").selectAll().where("property_id", "in", ids).orderBy("position").execute();
    for (const row of rows) doors.get(row.property_id)?.push(Number(row.lock_id));
    return doors;
  }

  /** Check hours live in `property_checks` (migration 0010, read by the pre-arrival runner); no row: the default. */
  async function hoursOf(ids: string[]): Promise<Map<string, number[]>> {
    const rows = ids.length ? await db.selectFrom("property_checks").selectAll().where("property_id", "in", ids).execute() : [];
    const stored = new Map(rows.map((r) => [r.property_id, r.hours_before]));
    return new Map(ids.map((id) => [id, parseCheckHours(stored.get(id))]));
  }

  async function setHours(propertyId: string, hours: readonly number[]) {
    const value = hours.join(",");
    await db.insertInto("property_checks").values({ property_id: propertyId, hours_before: value }).onConflict((oc) => oc.column("property_id").doUpdateSet({ hours_before: value })).execute();
  }

  async function setDoors(propertyId: string, lockIds: number[]) {
    await db.deleteFrom("property_locks").where("property_id", "=", propertyId).execute();
    if (lockIds.length === 0) return;
    await db
      .insertInto("property_locks")
      .values(lockIds.map((lockId, position) => ({ property_id: propertyId, lock_id: String(lockId), position })))
      .execute();
  }

  return {
    async list(accountId: string): Promise<Property[]> {
      const rows = await db.selectFrom("properties").selectAll().where("account_id", "=", accountId).orderBy("name").orderBy("id").execute();
      const ids = rows.map((r) => r.id);
      const [doors, hours] = await Promise.all([doorsOf(ids), hoursOf(ids)]);
      return rows.map((row) => toProperty(row, doors.get(row.id) ?? [], hours.get(row.id) ?? [...DEFAULT_CHECK_HOURS]));
    },

    async get(accountId: string, id: string): Promise<Property | null> {
      const row = await db.selectFrom("properties").selectAll().where("account_id", "=", accountId).where("id", "=", id).executeTakeFirst();
      if (!row) return null;
      const [doors, hours] = await Promise.all([doorsOf([row.id]), hoursOf([row.id])]);
      return toProperty(row, doors.get(row.id) ?? [], hours.get(row.id) ?? [...DEFAULT_CHECK_HOURS]);
    },

    async create(accountId: string, input: PropertyInput): Promise<Property> {
      const at = iso();
      const row: PropertiesTable = {
        id: randomUUID(),
        account_id: accountId,
        name: input.name,
        check_in_time: input.checkInTime,
        check_out_time: input.checkOutTime,
        early_minutes: input.earlyMinutes,
        late_minutes: input.lateMinutes,
        message_template: input.messageTemplate,
        message_template_de: input.messageTemplateDe ?? null,
        message_language: input.messageLanguage ?? PROPERTY_DEFAULTS.messageLanguage,
        lead_days: input.leadDays ?? PROPERTY_DEFAULTS.leadDays,
        code_choice: input.codeChoice ?? PROPERTY_DEFAULTS.codeChoice,
        created_at: at,
        updated_at: at,
      };
      await db.insertInto("properties").values(row).execute();
      await setDoors(row.id, input.lockIds);
      // Without chosen hours no row is written: the default applies until the property is saved with its own.
      if (input.checkHours) await setHours(row.id, input.checkHours);
      return toProperty(row, input.lockIds, input.checkHours ?? [...DEFAULT_CHECK_HOURS]);
    },

    /** Replaces the whole property with `next` (the caller merged the patch). */
    async save(accountId: string, next: Property): Promise<Property> {
      await db
        .updateTable("properties")
        .set({
          name: next.name,
          check_in_time: next.checkInTime,
          check_out_time: next.checkOutTime,
          early_minutes: next.earlyMinutes,
          late_minutes: next.lateMinutes,
          message_template: next.messageTemplate,
          message_template_de: next.messageTemplateDe,
          message_language: next.messageLanguage,
          lead_days: next.leadDays,
          code_choice: next.codeChoice,
          updated_at: iso(),
        })
        .where("account_id", "=", accountId)
        .where("id", "=", next.id)
        .execute();
      await setDoors(next.id, next.lockIds);
      await setHours(next.id, next.checkHours);
      return next;
    },

    async remove(accountId: string, id: string): Promise<void> {
      const result = await db.deleteFrom("properties").where("account_id", "=", accountId).where("id", "=", id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 1) {
        await db.deleteFrom("property_locks").where("property_id", "=", id).execute();
        await db.deleteFrom("property_checks").where("property_id", "=", id).execute();
      }
    },
  };
}

export type PropertyStore = ReturnType<typeof createPropertyStore>;
