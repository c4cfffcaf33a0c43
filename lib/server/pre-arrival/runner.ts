import "server-only";
import type { Kysely } from "kysely";
import { ALERT_HORIZON_MS, dueCheck, MAX_CHECK_HOURS, problemKey } from "@/lib/checks/rules";
import type { Database } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/config";
import type { Engine } from "@/lib/engine/engine";
import type { Ledger } from "@/lib/ledger/ledger";
import type { Mailer } from "@/lib/mail/mailer";
import type { NukiClient } from "@/lib/nuki/client";
import { accountSnapshot } from "@/lib/server/attention/snapshot";
import { createPropertyStore } from "@/lib/server/properties/store";
import { createStayStore } from "@/lib/server/stays/store";
import { wallTimeToInstant } from "@/lib/time/wall-time";
import { alertMail, resolvedMail, type AlertStay } from "./mail";
import { stayProblems } from "./problems";
import { createCheckStore, type HostAlert } from "@/lib/server/checks/store";
import { createHostLocaleStore } from "./host-locale";

export interface CheckRunnerDeps {
  db: Kysely<Database>;
  engine: Engine;
  ledger: Ledger;
  nukiFor: (accountId: string) => Promise<NukiClient | null>;
  mailer: Pick<Mailer, "enabled" | "send">;
  /** Who gets an account's alerts: ALERT_EMAIL, else the Nuki account's e-mail; null: in the app only. */
  recipient: (accountId: string) => Promise<string | null>;
  /** NEXTAUTH_URL, for the links in e-mails. */
  appUrl: string;
  /** The host's language for the e-mails; the one stored for the account unless told. */
  localeOf?: (accountId: string) => Promise<Locale>;
  onError?: (error: unknown) => void;
  now?: () => number;
  /** How often a pass runs; a minute unless told. */
  everyMs?: number;
}

/** Checks fall due by the hour; a minute is close enough, and an open problem is looked at as often. */
const PASS_MS = 60_000;
const DAY = 86_400_000;
/** How long after check-in an open problem is still watched for its "resolved" note. */
const WATCH_AFTER_CHECK_IN_MS = DAY;
/** Closer than this to check-in, a check no longer waits for codes still on their way. */
const SETTLE_WAIT_MS = 10 * 60_000;

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Candidate extends AlertStay {
  accountId: string;
  hours: number[];
}

/** A stay before its lock's zone is known: check-in as a lock-local wall time. */
interface Planned {
  stay: Candidate;
  firstLock: number | undefined;
  checkInTime: string;
}

/**
 * The pre-arrival checks: at each set time before check-in, every door of the stay is judged by
 * Today's rules; each problem threatening an arrival within a day is e-mailed to the host once,
 * and a short note follows when it clears. Rows in the database make each step happen once
 * however many instances run this.
 */
export function createCheckRunner(deps: CheckRunnerDeps) {
  const now = deps.now ?? Date.now;
  const checks = createCheckStore(deps.db, now);
  const stays = createStayStore(deps.db, now);
  const properties = createPropertyStore(deps.db, now);
  const hostLocales = createHostLocaleStore(deps.db, now);
  const localeOf = deps.localeOf ?? ((accountId: string) => hostLocales.get(accountId));
  /** Each lock's zone as last read from Nuki: check times are computed without reading Nuki each pass. */
  const zones = new Map<number, string>();

  /** Active stays that arrive soon enough to have a check due, or recently enough to be watched. */
  async function candidates(): Promise<Planned[]> {
    const at = now();
    const rows = await deps.db
      .selectFrom("stays")
      .select(["id", "account_id"])
      .where("status", "=", "active")
      .where("arrival", ">=", dateOf(at - 2 * DAY))
      .where("arrival", "<=", dateOf(at + MAX_CHECK_HOURS * 3_600_000 + 2 * DAY))
      .execute();
    const out: Planned[] = [];
    for (const row of rows) {
      const stay = await stays.get(row.account_id, row.id);
      const property = stay ? await properties.get(row.account_id, stay.propertyId) : null;
      if (!stay || !property) continue;
      out.push({
        stay: { id: stay.id, accountId: row.account_id, guestName: stay.guestName, propertyName: property.name, checkIn: new Date(NaN), zone: "UTC", hours: property.checkHours },
        firstLock: (await stays.doors(stay.id))[0]?.lockId ?? property.lockIds[0],
        checkInTime: `${stay.arrival}T${stay.checkInTime ?? property.checkInTime}`,
      });
    }
    return out;
  }

  function place(c: Planned): Candidate | null {
    const zone = c.firstLock === undefined ? undefined : zones.get(c.firstLock);
    if (!zone) return null;
    const result = wallTimeToInstant(c.checkInTime, zone);
    const checkIn = result.kind === "nonexistent" ? wallTimeToInstant(result.nextValid, zone) : result;
    return checkIn.kind === "nonexistent" ? null : { ...c.stay, zone, checkIn: checkIn.instant };
  }

  async function runAccount(accountId: string, list: Planned[], open: HostAlert[]) {
    const nuki = await deps.nukiFor(accountId);
    if (!nuki) return;
    const at = now();
    const due = async () => {
      const out: { stay: Candidate; hoursBefore: number; dueAt: Date }[] = [];
      for (const c of list) {
        const stay = place(c);
        const check = stay ? dueCheck(stay.checkIn, stay.hours, new Date(at)) : null;
        if (stay && check && !(await checks.taken(stay.id, check.dueAt))) out.push({ stay, ...check });
      }
      return out;
    };
    const unknownZone = list.some((c) => c.firstLock !== undefined && !zones.has(c.firstLock));
    let pending = await due();
    if (!pending.length && !open.length && !unknownZone) return;

    const snapshot = await accountSnapshot({ nuki, accountId, actor: "Keyhost (pre-arrival check)", engine: deps.engine, ledger: deps.ledger });
    const locale = await localeOf(accountId);
    for (const lock of snapshot.locks) zones.set(lock.id, lock.timeZone);
    if (unknownZone) pending = await due();
    const placed = new Map(list.flatMap((c) => { const s = place(c); return s ? [[s.id, s] as const] : []; }));

    for (const { stay, hoursBefore, dueAt } of pending) {
      const { problems, settling } = stayProblems(await stays.doors(stay.id), snapshot, new Date(at), locale);
      // A code on its way (a stay made just now) is judged once it landed or is late ("slow"), not
      // mid-way; close to check-in there is no more waiting.
      if (settling && stay.checkIn.getTime() - at > SETTLE_WAIT_MS) continue;
      if (!(await checks.claim(accountId, stay.id, dueAt, hoursBefore))) continue;
      await checks.finish(stay.id, dueAt, problems);
      if (stay.checkIn.getTime() - at > ALERT_HORIZON_MS) continue;
      for (const problem of problems) await checks.open(accountId, stay.id, problemKey(problem), problem, { dueAt, hoursBefore });
    }

    // Open problems are looked at again on every pass, so the host hears as soon as one clears.
    for (const alert of await checks.openAlerts(accountId)) {
      const stay = placed.get(alert.stayId);
      if (!stay || at > stay.checkIn.getTime() + WATCH_AFTER_CHECK_IN_MS) {
        await checks.resolve(alert.id, { quietly: true });
        continue;
      }
      const still = stayProblems(await stays.doors(stay.id), snapshot, new Date(at), locale).problems.some((p) => problemKey(p) === alert.key);
      if (!still) await checks.resolve(alert.id);
    }
    await sendMail(accountId, placed, locale);
  }

  async function sendMail(accountId: string, placed: ReadonlyMap<string, Candidate>, locale: Locale) {
    if (!deps.mailer.enabled) return;
    const unsent = await checks.unsent(accountId);
    if (!unsent.length) return;
    const to = await deps.recipient(accountId);
    if (!to) return;
    for (const alert of unsent) {
      const stay = placed.get(alert.stayId);
      if (!stay || !(await checks.claimMail(alert))) continue;
      const which = alert.resolvedAt ? "resolved" : "alert";
      const mail = which === "alert" ? alertMail(stay, alert.problem, alert.hoursBefore, deps.appUrl, locale) : resolvedMail(stay, alert.problem, deps.appUrl, locale);
      try {
        await deps.mailer.send({ to, ...mail });
        await checks.mailSent(alert, which);
      } catch (error) {
        deps.onError?.(error);
      }
    }
  }

  async function pass(): Promise<void> {
    const list = await candidates();
    const open = await checks.openAlerts();
    const accounts = new Set([...list.map((c) => c.stay.accountId), ...open.map((a) => a.accountId)]);
    for (const accountId of accounts) {
      try {
        await runAccount(accountId, list.filter((c) => c.stay.accountId === accountId), open.filter((a) => a.accountId === accountId));
      } catch (error) {
        deps.onError?.(error);
      }
    }
  }

  let running: Promise<void> | null = null;
  const tick = () => (running ??= pass().finally(() => (running = null)));

  return {
    tick,
    start(): () => void {
      void tick();
      const timer = setInterval(() => void tick(), deps.everyMs ?? PASS_MS);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}
