"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { cleanupSummary } from "@/lib/pins/cleanup-rules";

/** The one confirmation before expired PINs are deleted: how many, on how many locks, and which. */
export function CleanupDialog({ open, onClose, onConfirm, pins }: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  pins: { id: string; name: string; lockName?: string; lockId?: number }[];
}) {
  const summary = cleanupSummary(pins);
  return (
    <Dialog open={open} onClose={onClose} title={`Delete ${summary}?`}>
      <p className="text-slate-700">
        Their stays are over, so these codes no longer open the door, but Nuki keeps them on the keypad, which holds about 100.
        Each is deleted from its lock and noted in the PIN&apos;s history.
      </p>
      <ul className="mt-3 max-h-60 list-disc overflow-y-auto pl-5 text-sm text-slate-800" aria-label="PINs to delete">
        {pins.map((pin) => (
          <li key={pin.id}>
            {pin.name}
            {pin.lockName ? <span className="text-slate-500"> · {pin.lockName}</span> : null}
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onClose}>Keep them</Button>
        <Button variant="danger" onClick={() => { onClose(); onConfirm(); }}>Delete expired PINs</Button>
      </div>
    </Dialog>
  );
}
