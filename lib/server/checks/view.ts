import "server-only";
import { problemKey } from "@/lib/checks/rules";
import type { StayChecks } from "@/lib/checks/types";
import type { CheckStore } from "./store";

/** Each stay's checks and its problems still open, for the stay page and Today. */
export async function stayChecksOf(store: CheckStore, stayIds: readonly string[]): Promise<Map<string, StayChecks>> {
  const [checks, open] = await Promise.all([store.checksOf(stayIds), store.openAlerts(undefined, stayIds)]);
  return new Map(
    stayIds.map((id) => {
      const problems = open.filter((a) => a.stayId === id);
      const unique = [...new Map(problems.map((a) => [problemKey(a.problem), a.problem])).values()];
      return [id, { checks: checks.get(id) ?? [], open: unique }];
    }),
  );
}
