import { driftSummary } from "@/lib/pins/drift-summary";
import type { Pin } from "@/lib/pins/types";

/** Why a PIN needs the host, spelled out in the row: a tooltip is out of reach on a phone. */
export function PinStatusDetail({ pin }: { pin: Pick<Pin, "status" | "statusReason" | "drift"> }) {
  const drift = pin.status === "drifted" ? driftSummary(pin.drift) : null;
  if (!pin.statusReason && !drift) return null;
  const attention = pin.status === "failed" || pin.status === "drifted";
  return (
    <div className={attention ? "space-y-0.5 text-sm" : "text-xs text-slate-500"} data-testid="pin-status-detail">
      {pin.statusReason ? (
        <p className={pin.status === "failed" ? "text-red-700" : pin.status === "drifted" ? "text-amber-900" : undefined} data-testid="pin-status-reason">
          {pin.statusReason}
        </p>
      ) : null}
      {drift ? <p className="text-amber-900" data-testid="pin-drift">{drift}</p> : null}
    </div>
  );
}
