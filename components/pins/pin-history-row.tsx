import { Badge } from "@/components/ui/badge";
import { attemptsWords, type HistoryRow } from "@/lib/pins/history-rows";
import { eventTime, nukiAnswer } from "@/lib/pins/view-events";

/** One action on a PIN: what was asked and what changed, how it ended, and its attempts folded away. */
export function PinHistoryRow({ row, zone, pending }: { row: HistoryRow; zone: string; pending: string }) {
  const attempts = attemptsWords(row);
  return (
    <li className="space-y-1 py-3" data-testid="pin-event">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={row.at} className="text-sm tabular-nums text-slate-600">{eventTime(row.at, zone)}</time>
        <span className="font-semibold text-slate-900" data-testid="pin-event-title">{row.title}</span>
        <Badge tone={row.outcome?.tone ?? "neutral"} data-testid="pin-event-outcome">{row.outcome?.words ?? pending}</Badge>
      </div>
      {row.detail ? <p className="text-sm text-slate-700" data-testid="pin-event-detail">{row.detail}</p> : null}
      {row.actor || attempts ? (
        <p className="text-xs text-slate-600">
          {row.actor ? <span data-testid="pin-event-actor">By {row.actor}</span> : null}
          {row.actor && attempts ? " · " : null}
          {attempts ? <span data-testid="pin-event-attempts">{attempts}</span> : null}
        </p>
      ) : null}
      {row.attempts.length ? (
        <details className="text-xs text-slate-600">
          <summary className="inline-flex min-h-touch cursor-pointer items-center">What Nuki answered</summary>
          <ol className="space-y-1 pl-4">
            {row.attempts.map((attempt) => (
              <li key={attempt.id} data-testid="pin-attempt">
                <time dateTime={attempt.at} className="tabular-nums">{eventTime(attempt.at, zone)}</time>
                {" · "}
                {attempt.detail ?? nukiAnswer(attempt) ?? "Sent to Nuki"}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}
