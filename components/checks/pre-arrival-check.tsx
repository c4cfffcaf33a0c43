import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { summarizeChecks } from "@/lib/checks/summary";
import type { StayChecks } from "@/lib/checks/types";

/**
 * What the latest pre-arrival check found on the stay's doors, at the time it ran; the doors'
 * own lines show how they are now. `quietWhenOk` leaves a passed check out (Today).
 */
export function PreArrivalCheck({ checks, quietWhenOk = false }: { checks: StayChecks; quietWhenOk?: boolean }) {
  const summary = summarizeChecks(checks);
  if (!summary || (summary.ok && quietWhenOk)) return null;
  if (summary.ok) {
    return (
      <Callout tone="good" title={`${summary.title}: every door was ready`}>
        <div data-testid="pre-arrival-check" data-ok="true">The code was on every door, each lock online with good batteries and a paired keypad.</div>
      </Callout>
    );
  }
  const count = summary.problems.length;
  return (
    <Callout tone="bad" title={`${summary.title} found ${count === 1 ? "a problem" : `${count} problems`}`}>
      <ul className="space-y-2" data-testid="pre-arrival-check" data-ok="false">
        {summary.problems.map((p) => (
          <li key={`${p.lockId}:${p.kind}`} data-testid="check-problem" data-kind={p.kind}>
            <p>
              {p.title} {p.open ? <Badge tone="bad">Not fixed yet</Badge> : <Badge tone="good">Cleared since</Badge>}
            </p>
            {p.open ? (
              <p>
                {p.fix}{" "}
                <Link href={p.fixPath} className="inline-flex min-h-touch items-center font-medium underline">Go to {p.lockName}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Callout>
  );
}
