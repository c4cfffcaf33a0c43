import "server-only";
import { doorProblems } from "@/lib/checks/rules";
import type { CheckProblem } from "@/lib/checks/types";
import { attentionOf } from "@/lib/server/attention/service";
import type { AccountSnapshot } from "@/lib/server/attention/snapshot";
import { doorReadiness } from "@/lib/today/build";

/** Every problem on a stay's doors now, judged by Today's readiness of each door. */
export function stayProblems(doors: readonly { lockId: number; pinId: string | null }[], snapshot: AccountSnapshot, now: Date): CheckProblem[] {
  const attention = attentionOf(snapshot, now);
  const locks = new Map(snapshot.locks.map((l) => [l.id, l]));
  return doors.flatMap((row) => doorProblems(doorReadiness(row, locks.get(row.lockId), snapshot.pins.get(row.lockId) ?? [], attention)));
}
