import { WEEKDAYS } from "@/lib/pins/types";
import type { StayDoor } from "@/lib/stays/types";
import { describeWindow } from "@/lib/pins/describe-window";
import { DoorStatusBadge } from "./door-status-badge";

const window = (door: StayDoor) => describeWindow({ validFrom: door.validFrom, validUntil: door.validUntil, weekdays: [...WEEKDAYS], dailyFrom: null, dailyUntil: null }, door.timeZone);

/** Every door of the stay at a glance: its status and the window in the door's own zone. */
export function StayDoors({ doors }: { doors: StayDoor[] }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
      {doors.map((door) => (
        <li key={door.lockId} data-testid="stay-door" data-status={door.status} className="space-y-1 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold text-slate-900" data-testid="door-name">{door.lockName}</h3>
            <DoorStatusBadge status={door.status} />
          </div>
          {door.validFrom || door.validUntil ? <p className="text-sm text-slate-700" data-testid="door-window">{window(door)}</p> : null}
          {door.statusReason ? <p className="text-sm text-slate-600">{door.statusReason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
