"use client";

import { useRef, useState } from "react";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import type { Pin } from "@/lib/pins/types";
import { PinActionButtons, type PinAction } from "./pin-action-buttons";
import type { PinActionsHandle } from "./pin-actions-live";

/**
 * What the buttons do (the PIN mutations, the row's dialogs) loads just after the lock page, not
 * with it. The buttons are there from the start and stay the same elements, so a tap is never
 * lost to a button being swapped under the finger; one made before that code is there is carried
 * out when it arrives.
 */
const PinActionsLive = lazyPart(() => import("./pin-actions-live").then((m) => m.PinActionsLive));

export function PinActions({ lockId, lockZone, pin, onEdit }: { lockId: number; lockZone: string; pin: Pin; onEdit: () => void }) {
  const live = useRef<PinActionsHandle>(null);
  const [early, setEarly] = useState<PinAction | null>(null);
  const press = (action: PinAction) => {
    if (action === "edit") onEdit();
    else if (live.current) live.current.run(action);
    else setEarly(action);
  };
  return (
    <>
      <PinActionButtons pin={pin} onAction={press} />
      <LaterPart>
        <PinActionsLive ref={live} lockId={lockId} lockZone={lockZone} pin={pin} early={early} />
      </LaterPart>
    </>
  );
}
