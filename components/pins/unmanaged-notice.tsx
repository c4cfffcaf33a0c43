"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { useAdoptPin } from "@/lib/pins/mutations";
import type { Pin } from "@/lib/pins/types";
import { countUnmanaged } from "@/lib/pins/view-status";

/** PINs made in the Nuki app or elsewhere: what that means, and a way to take them all over. */
export function UnmanagedNotice({ lockId, pins }: { lockId: number; pins: Pin[] }) {
  const adopt = useAdoptPin(lockId);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const count = countUnmanaged(pins);
  if (count === 0) return null;

  async function adoptAll() {
    const ids = pins.filter((pin) => !pin.managed && pin.status !== "deleting").map((pin) => pin.id);
    setFailure(null);
    // One at a time, so each adoption is its own entry in the lock's ledger and a failure stops the rest.
    for (const [index, id] of ids.entries()) {
      setProgress({ done: index, total: ids.length });
      try {
        await adopt.mutateAsync(id);
      } catch (error) {
        setFailure(error instanceof Error ? error.message : "Taking over failed. Try again.");
        break;
      }
    }
    setProgress(null);
  }

  return (
    <div data-testid="unmanaged-notice">
      <Callout tone="neutral" title={`${count} ${count === 1 ? "code was" : "codes were"} made outside Keyhost`}>
        <div className="space-y-2">
          <p>
            {count === 1 ? "It was" : "They were"} made in the Nuki app or elsewhere. Keyhost shows {count === 1 ? "it" : "them"} but
            does not put back changes. Take a code over to have Keyhost keep it as it is now; editing one takes it over too.
          </p>
          {count > 1 || progress ? (
            <Button variant="secondary" onClick={() => void adoptAll()} disabled={progress !== null}>
              {progress ? `Taking over ${progress.done + 1} of ${progress.total}…` : `Take over all ${count}`}
            </Button>
          ) : null}
          {failure ? <p role="alert" className="text-red-700">{failure}</p> : null}
        </div>
      </Callout>
    </div>
  );
}
