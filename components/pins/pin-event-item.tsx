import { Badge } from "@/components/ui/badge";
import type { PinEvent } from "@/lib/pins/types";
import { describeEvent, eventTime, eventTone, nukiAnswer } from "@/lib/pins/view-events";

/** One entry of a PIN's timeline or of the lock's activity; `showPin` names the PIN for the latter. */
export function PinEventItem({ event, zone, showPin = false }: { event: PinEvent; zone: string; showPin?: boolean }) {
  const answer = nukiAnswer(event);
  return (
    <li className="space-y-1 py-3" data-testid="pin-event" data-type={event.type}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={event.at} className="text-sm tabular-nums text-slate-600">{eventTime(event.at, zone)}</time>
        {showPin ? <span className="font-semibold text-slate-900" data-testid="pin-event-pin">{event.pinName ?? "A PIN without a name"}</span> : null}
        <Badge tone={eventTone(event)}>{describeEvent(event)}</Badge>
      </div>
      {event.actor || answer ? (
        <p className="text-xs text-slate-600">
          {event.actor ? <span data-testid="pin-event-actor">By {event.actor}</span> : null}
          {event.actor && answer ? " · " : null}
          {answer ? <span data-testid="pin-event-answer">{answer}</span> : null}
        </p>
      ) : null}
      {event.detail ? <p className="text-sm text-slate-700" data-testid="pin-event-detail">{event.detail}</p> : null}
    </li>
  );
}
