"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { Pin } from "@/lib/pins/types";

function consequence(pin: Pick<Pin, "status" | "managed">): string {
  if (!pin.managed) return "Keyhost did not create this PIN. Deleting it removes it from the lock for everyone who uses it.";
  if (pin.status === "failed") return "If this PIN reached the lock it is removed there; if not, Keyhost stops trying to save it.";
  return "The code stops opening the door once the lock has applied the deletion.";
}

export function PinDeleteDialog({ pin, open, onClose, onConfirm }: {
  pin: Pick<Pin, "name" | "status" | "managed">;
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={`Delete ${pin.name}?`}>
      <p className="text-slate-700">{consequence(pin)}</p>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onClose}>Keep it</Button>
        <Button variant="danger" onClick={() => { onClose(); onConfirm(); }}>Delete PIN</Button>
      </div>
    </Dialog>
  );
}
