"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useDeletePin, useRetryPin, useUpdatePin } from "@/lib/pins/mutations";
import type { Pin } from "@/lib/pins/types";

/** Edit, enable/disable, delete, and retry for a write that did not land. */
export function PinActions({ lockId, pin, onEdit }: { lockId: number; pin: Pin; onEdit: () => void }) {
  const update = useUpdatePin(lockId);
  const remove = useDeletePin(lockId);
  const retry = useRetryPin(lockId);
  const [confirming, setConfirming] = useState(false);
  const saved = pin.status === "saved";
  const neverArrived = pin.id.startsWith("pending-");
  const error = update.error ?? remove.error ?? retry.error;

  return (
    <>
      {pin.status === "failed" ? (
        <Button variant="secondary" onClick={() => retry.mutate(pin.id)} aria-label={`Retry ${pin.name}`}>Retry</Button>
      ) : null}
      {saved ? (
        <>
          <Button variant="ghost" onClick={onEdit} aria-label={`Edit ${pin.name}`}>Edit</Button>
          <Button variant="ghost" onClick={() => update.mutate({ pinId: pin.id, patch: { enabled: !pin.enabled } })} aria-label={`${pin.enabled ? "Disable" : "Enable"} ${pin.name}`}>
            {pin.enabled ? "Disable" : "Enable"}
          </Button>
        </>
      ) : null}
      {saved || pin.status === "failed" ? (
        <Button variant="ghost" className="text-red-700" onClick={() => setConfirming(true)} aria-label={`${neverArrived ? "Dismiss" : "Delete"} ${pin.name}`}>
          {neverArrived ? "Dismiss" : "Delete"}
        </Button>
      ) : null}
      {error ? <p role="alert" className="w-full text-sm text-red-700">{error.message}</p> : null}
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={neverArrived ? `Dismiss ${pin.name}?` : `Delete ${pin.name}?`}>
        <p className="text-slate-700">
          {neverArrived
            ? "This PIN never reached the lock. Keyhost will stop waiting for it."
            : "The code stops opening the door once the lock has applied the deletion."}
        </p>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" onClick={() => setConfirming(false)}>Keep it</Button>
          <Button variant="danger" onClick={() => { setConfirming(false); remove.mutate(pin.id); }}>
            {neverArrived ? "Dismiss" : "Delete PIN"}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
