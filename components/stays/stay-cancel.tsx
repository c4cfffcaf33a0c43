"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { useCancelStay } from "@/lib/stays/mutations";

export function StayCancel({ stayId, guestName, doorCount }: { stayId: string; guestName: string; doorCount: number }) {
  const [open, setOpen] = useState(false);
  const cancel = useCancelStay(stayId);
  return (
    <div className="space-y-2">
      <Button variant="danger" onClick={() => setOpen(true)} className="w-full sm:w-auto">Cancel stay</Button>
      {cancel.error ? <Callout tone="bad" role="alert">{cancel.error.message}</Callout> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={`Cancel ${guestName}'s stay?`}>
        <p className="text-slate-700">
          The code is deleted from {doorCount === 1 ? "the door" : doorCount === 2 ? "both doors" : `all ${doorCount} doors`} and stops opening them once each lock has applied it. This cannot be undone.
        </p>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" onClick={() => setOpen(false)}>Keep stay</Button>
          <Button variant="danger" onClick={() => { setOpen(false); cancel.mutate(undefined); }}>Cancel stay and delete PINs</Button>
        </div>
      </Dialog>
    </div>
  );
}
