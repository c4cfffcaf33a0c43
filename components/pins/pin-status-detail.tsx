"use client";

import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import type { Pin } from "@/lib/pins/types";

/** Few PINs are changed on the lock: the words for what changed load only where one is. */
const PinDrift = lazyPart(() => import("./pin-drift").then((m) => m.PinDrift));

/** Why a PIN needs the host, spelled out in the row: a tooltip is out of reach on a phone. */
export function PinStatusDetail({ pin }: { pin: Pick<Pin, "status" | "statusReason" | "drift"> }) {
  const drift = pin.status === "drifted" && pin.drift?.length ? pin.drift : null;
  if (!pin.statusReason && !drift) return null;
  const attention = pin.status === "failed" || pin.status === "drifted";
  return (
    <div className={attention ? "space-y-0.5 text-sm" : "text-xs text-slate-500"} data-testid="pin-status-detail">
      {pin.statusReason ? (
        <p className={pin.status === "failed" ? "text-red-700" : pin.status === "drifted" ? "text-amber-900" : undefined} data-testid="pin-status-reason">
          {pin.statusReason}
        </p>
      ) : null}
      {drift ? (
        <LaterPart>
          <PinDrift drift={drift} />
        </LaterPart>
      ) : null}
    </div>
  );
}
