import { attentionOf } from "@/lib/server/attention/service";
import { accountSnapshot } from "@/lib/server/attention/snapshot";
import type { StayContext } from "@/lib/server/stays/service";
import { listStays } from "@/lib/server/stays/service";
import { buildToday } from "@/lib/today/build";
import type { Today } from "@/lib/today/types";

/** Today in two upstream calls (the account's locks and codes); stays and their doors come from the database. */
export async function getToday(ctx: StayContext, now = new Date()): Promise<Today> {
  const [snapshot, stays] = await Promise.all([accountSnapshot(ctx), listStays(ctx)]);
  const active = stays.filter((s) => s.status === "active");
  const withDoors = await Promise.all(active.map(async (stay) => ({ ...stay, doors: await ctx.stays.doors(stay.id) })));
  return buildToday(withDoors, snapshot.locks, snapshot.pins, attentionOf(snapshot, now), now);
}
