"use client";

import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { Pin } from "@/lib/pins/types";
import { statusReasonWords } from "@/lib/pins/write-progress";

/** Few PINs are changed on the lock: the words for what changed load only where one is. */
const PinDrift = lazyPart(() => import("./pin-drift").then((m) => m.PinDrift));

/** Why a PIN needs the host, spelled out in the row: a tooltip is out of reach on a phone. */
export function PinStatusDetail({ pin }: { pin: Pick<Pin, "status" | "statusReason" | "drift" | "write"> }) {
  const t = useTranslate("pins");
  const drift = pin.status === "drifted" && pin.drift?.length ? pin.drift : null;
  // A write on its way is put in words here, in the host's language; other reasons come as the server gave them.
  const reason = statusReasonWords(pin, t);
  if (!reason && !drift) return null;
  const attention = pin.status === "failed" || pin.status === "drifted";
  return (
    <div className={attention ? "space-y-0.5 text-sm" : "text-xs text-slate-500"} data-testid="pin-status-detail">
      {reason ? (
        <p className={pin.status === "failed" ? "text-red-700" : pin.status === "drifted" ? "text-amber-900" : undefined} data-testid="pin-status-reason">
          {reason}
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
