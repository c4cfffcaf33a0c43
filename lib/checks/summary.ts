import { checkLabel, problemKey } from "./rules";
import type { CheckProblem, StayChecks } from "./types";

export interface CheckSummary {
  /** "Check 2 h before check-in". */
  title: string;
  ok: boolean;
  /** The problems the check found, each marked when it has not cleared since. */
  problems: (CheckProblem & { open: boolean })[];
}

/** The latest check that ran, in the host's words; null before the first. */
export function summarizeChecks(checks: StayChecks): CheckSummary | null {
  const latest = checks.checks.find((c) => c.checkedAt !== null);
  if (!latest) return null;
  const open = new Set(checks.open.map(problemKey));
  return {
    title: `Check ${checkLabel(latest.hoursBefore)}`,
    ok: latest.problems.length === 0,
    problems: latest.problems.map((p) => ({ ...p, open: open.has(problemKey(p)) })),
  };
}
