import "server-only";
import { doorProblems } from "@/lib/checks/rules";
import type { CheckProblem } from "@/lib/checks/types";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import { attentionOf } from "@/lib/server/attention/service";
import type { AccountSnapshot } from "@/lib/server/attention/snapshot";
import { doorReadiness } from "@/lib/today/build";

/**
 * Every problem on a stay's doors now, judged by Today's readiness of each door; `settling` while
 * a code is still on its way to an online lock within its usual time (not yet a problem, nor ready).
 * Worded in `locale`, the host's language (what is stored with the check; pages word it afresh).
 */
export function stayProblems(doors: readonly { lockId: number; pinId: string | null }[], snapshot: AccountSnapshot, now: Date, locale: Locale): { problems: CheckProblem[]; settling: boolean } {
  const attention = attentionOf(snapshot, now, locale);
  const locks = new Map(snapshot.locks.map((l) => [l.id, l]));
  const today = translateIn(locale, "today");
  const ready = doors.map((row) => doorReadiness(row, locks.get(row.lockId), snapshot.pins.get(row.lockId) ?? [], attention, today));
  const settling = ready.some((d) => (d.status === "pending" || d.status === "deleting") && d.online && !d.problems.some((p) => p.kind === "slow"));
  const checks = translateIn(locale, "checks");
  return { problems: ready.flatMap((door) => doorProblems(door, checks)), settling };
}
