import "server-only";
import type { Kysely } from "kysely";
import type { Database, HostAlertsTable } from "@/lib/db/schema";
import type { CheckProblem, StayCheck } from "@/lib/checks/types";

/** A check claimed by an instance that stopped before it finished may be taken over after this. */
const STALE_CLAIM_MS = 10 * 60_000;
/** How long one instance holds an alert's e-mail while sending it. */
const MAIL_CLAIM_MS = 60_000;
/** A failing mail server is tried this many times per e-mail, then the alert stays in the app only. */
export const MAX_MAIL_ATTEMPTS = 3;

export interface HostAlert {
  id: string;
  accountId: string;
  stayId: string;
  key: string;
  problem: CheckProblem;
  hoursBefore: number;
  openedAt: string;
  resolvedAt: string | null;
  alertSentAt: string | null;
  resolvedSentAt: string | null;
  mailAttempts: number;
}

const toAlert = (row: HostAlertsTable): HostAlert => ({
  id: row.id, accountId: row.account_id, stayId: row.stay_id, key: row.problem_key, problem: JSON.parse(row.problem) as CheckProblem, hoursBefore: row.hours_before,
  openedAt: row.opened_at, resolvedAt: row.resolved_at, alertSentAt: row.alert_sent_at, resolvedSentAt: row.resolved_sent_at, mailAttempts: row.mail_attempts,
});

/** Pre-arrival checks and host alerts; every "once" is a row only one instance can insert or claim. */
export function createCheckStore(db: Kysely<Database>, now: () => number = Date.now) {
  const iso = (ms = now()) => new Date(ms).toISOString();

  return {
    /** Takes the check of `stayId` due at `dueAt` for this instance; false when another has it or it ran. */
    async claim(accountId: string, stayId: string, dueAt: Date, hoursBefore: number): Promise<boolean> {
      const inserted = await db
        .insertInto("stay_checks")
        .values({ stay_id: stayId, due_at: dueAt.toISOString(), account_id: accountId, hours_before: hoursBefore, claimed_at: iso(), checked_at: null, problems: null })
        .onConflict((oc) => oc.columns(["stay_id", "due_at"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
      const retaken = await db
        .updateTable("stay_checks")
        .set({ claimed_at: iso() })
        .where("stay_id", "=", stayId)
        .where("due_at", "=", dueAt.toISOString())
        .where("checked_at", "is", null)
        .where("claimed_at", "<", iso(now() - STALE_CLAIM_MS))
        .executeTakeFirst();
      return Number(retaken.numUpdatedRows) === 1;
    },

    async finish(stayId: string, dueAt: Date, problems: CheckProblem[]): Promise<void> {
      await db.updateTable("stay_checks").set({ checked_at: iso(), problems: JSON.stringify(problems) }).where("stay_id", "=", stayId).where("due_at", "=", dueAt.toISOString()).execute();
    },

    /** Whether the check due at `dueAt` was taken (ran, or is running) already. */
    async taken(stayId: string, dueAt: Date): Promise<boolean> {
      return (await db.selectFrom("stay_checks").select("stay_id").where("stay_id", "=", stayId).where("due_at", "=", dueAt.toISOString()).executeTakeFirst()) !== undefined;
    },

    /** A stay's checks, latest first. */
    async checksOf(stayIds: readonly string[]): Promise<Map<string, StayCheck[]>> {
      const out = new Map<string, StayCheck[]>();
      if (stayIds.length === 0) return out;
      const rows = await db.selectFrom("stay_checks").selectAll().where("stay_id", "in", [...stayIds]).orderBy("due_at", "desc").execute();
      for (const row of rows) {
        const check: StayCheck = { dueAt: row.due_at, hoursBefore: row.hours_before, checkedAt: row.checked_at, problems: row.problems ? (JSON.parse(row.problems) as CheckProblem[]) : [] };
        out.set(row.stay_id, [...(out.get(row.stay_id) ?? []), check]);
      }
      return out;
    },

    /** Opens an alert for a problem unless one is open for the same stay and key; true when opened. */
    async open(accountId: string, stayId: string, key: string, problem: CheckProblem, check: { dueAt: Date; hoursBefore: number }): Promise<boolean> {
      const existing = await db.selectFrom("host_alerts").select("id").where("stay_id", "=", stayId).where("problem_key", "=", key).where("resolved_at", "is", null).executeTakeFirst();
      if (existing) return false;
      const inserted = await db
        .insertInto("host_alerts")
        .values({
          id: `${stayId}|${check.dueAt.toISOString()}|${key}`, account_id: accountId, stay_id: stayId, problem_key: key, problem: JSON.stringify(problem), hours_before: check.hoursBefore,
          opened_at: iso(), resolved_at: null, alert_sent_at: null, resolved_sent_at: null, mail_claim_until: null, mail_attempts: 0,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async openAlerts(accountId?: string, stayIds?: readonly string[]): Promise<HostAlert[]> {
      let query = db.selectFrom("host_alerts").selectAll().where("resolved_at", "is", null);
      if (accountId !== undefined) query = query.where("account_id", "=", accountId);
      if (stayIds !== undefined) {
        if (stayIds.length === 0) return [];
        query = query.where("stay_id", "in", [...stayIds]);
      }
      return (await query.orderBy("opened_at").execute()).map(toAlert);
    },

    async accountsWithOpenAlerts(): Promise<string[]> {
      return (await db.selectFrom("host_alerts").select("account_id").distinct().where("resolved_at", "is", null).execute()).map((r) => r.account_id);
    },

    /** Marks an alert cleared; true for the one caller that did it. `quietly`: the stay ended or was cancelled, no note goes. */
    async resolve(id: string, { quietly = false } = {}): Promise<boolean> {
      const done = await db.updateTable("host_alerts").set({ resolved_at: iso(), mail_claim_until: null, mail_attempts: 0, ...(quietly ? { resolved_sent_at: iso() } : {}) }).where("id", "=", id).where("resolved_at", "is", null).executeTakeFirst();
      return Number(done.numUpdatedRows) === 1;
    },

    /** Alerts whose e-mail (the alert, or the "resolved" note of an alert that was sent) is still to go. */
    async unsent(accountId: string): Promise<HostAlert[]> {
      const rows = await db
        .selectFrom("host_alerts")
        .selectAll()
        .where("account_id", "=", accountId)
        .where("mail_attempts", "<", MAX_MAIL_ATTEMPTS)
        .where((eb) => eb.or([
          eb.and([eb("resolved_at", "is", null), eb("alert_sent_at", "is", null)]),
          eb.and([eb("resolved_at", "is not", null), eb("alert_sent_at", "is not", null), eb("resolved_sent_at", "is", null)]),
        ]))
        .execute();
      return rows.map(toAlert);
    },

    /** Takes an alert's next e-mail for this instance for a minute; false when another instance has it. */
    async claimMail(alert: HostAlert): Promise<boolean> {
      const claimed = await db
        .updateTable("host_alerts")
        .set({ mail_claim_until: iso(now() + MAIL_CLAIM_MS), mail_attempts: alert.mailAttempts + 1 })
        .where("id", "=", alert.id)
        .where("mail_attempts", "=", alert.mailAttempts)
        .where((eb) => eb.or([eb("mail_claim_until", "is", null), eb("mail_claim_until", "<", iso())]))
        .executeTakeFirst();
      return Number(claimed.numUpdatedRows) === 1;
    },

    async mailSent(alert: HostAlert, which: "alert" | "resolved"): Promise<void> {
      const set = which === "alert" ? { alert_sent_at: iso() } : { resolved_sent_at: iso() };
      await db.updateTable("host_alerts").set({ ...set, mail_claim_until: null, mail_attempts: 0 }).where("id", "=", alert.id).execute();
    },
  };
}

export type CheckStore = ReturnType<typeof createCheckStore>;
