import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import { attentionOf } from "@/lib/server/attention/service";
import { accountSnapshot } from "@/lib/server/attention/snapshot";
import type { StayContext } from "@/lib/server/stays/service";
import { listStays } from "@/lib/server/stays/service";
import { buildToday } from "@/lib/today/build";
import type { Today } from "@/lib/today/types";
import type { StayChecks } from "@/lib/checks/types";
import { stayChecksOf } from "@/lib/server/checks/view";

/** Each stay on Today with what its pre-arrival checks found (the doors' lines stay live). */
function withChecks(today: Today, checks: ReadonlyMap<string, StayChecks>): Today {
  const sections = today.sections.map((section) => ({ ...section, stays: section.stays.map((stay) => { const found = checks.get(stay.id); return found ? { ...stay, checks: found } : stay; }) }));
  return { ...today, sections };
}

/** Today in two upstream calls (the account's locks and codes); stays and their doors come from the database. In `locale`, the reader's language. */
export async function getToday(ctx: StayContext, { now = new Date(), locale }: { now?: Date; locale: Locale }): Promise<Today> {
  const [snapshot, stays] = await Promise.all([accountSnapshot(ctx), listStays(ctx)]);
  const active = stays.filter((s) => s.status === "active");
  const withDoors = await Promise.all(active.map(async (stay) => ({ ...stay, doors: await ctx.stays.doors(stay.id) })));
  const today = buildToday(withDoors, snapshot.locks, snapshot.pins, attentionOf(snapshot, now, locale), now, translateIn(locale, "today"));
  return ctx.checks ? withChecks(today, await stayChecksOf(ctx.checks, today.sections.flatMap((s) => s.stays.map((stay) => stay.id)))) : today;
}
