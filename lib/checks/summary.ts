import type { Translate } from "@/lib/i18n/types";
import { problemKey, problemWords } from "./rules";
import type { CheckProblem, StayChecks } from "./types";

export interface CheckSummary {
  /** "Check 2 h before check-in". */
  title: string;
  ok: boolean;
  /** The problems the check found, each marked when it has not cleared since. */
  problems: (CheckProblem & { open: boolean })[];
}

/** The latest check that ran, in the host's words (`t` of `checks`); null before the first. */
export function summarizeChecks(checks: StayChecks, t: Translate): CheckSummary | null {
  const latest = checks.checks.find((c) => c.checkedAt !== null);
  if (!latest) return null;
  const open = new Set(checks.open.map(problemKey));
  return {
    title: t("title", { hours: latest.hoursBefore }),
    ok: latest.problems.length === 0,
    // Worded from the kind, in the reader's language, whatever language the check stored.
    problems: latest.problems.map((p) => ({ ...p, ...problemWords(p, t), open: open.has(problemKey(p)) })),
  };
}
