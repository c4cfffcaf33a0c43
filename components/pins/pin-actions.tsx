"use client";

import { Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPart } from "@/components/ui/lazy-part";
import { pinMessageVersion } from "@/lib/messages/pin-door";
import { canMessagePin } from "@/lib/messages/readiness";
import { useAdoptPin, useDeletePin, useRepairPin, useUpdatePin } from "@/lib/pins/mutations";
import type { Pin } from "@/lib/pins/types";
import { rowActions } from "@/lib/pins/view-status";

// A row's message, history and delete confirmation are opened now and then: their code loads when
// one is first opened, not with the lock page. Once opened, a dialog stays mounted so closing it
// gives focus back.
const PinDeleteDialog = lazyPart(() => import("./pin-delete-dialog").then((m) => m.PinDeleteDialog));
const GuestMessageDialog = lazyPart(() => import("@/components/messages/guest-message-dialog").then((m) => m.GuestMessageDialog));
const PinHistoryDialog = lazyPart(() => import("./pin-history-dialog").then((m) => m.PinHistoryDialog));

type Dialog = "delete" | "history" | "message";

/** The row's actions, by status: repair or retry, adopt, edit, enable/disable, guest message, history, delete. */
export function PinActions({ lockId, lockZone, pin, onEdit }: { lockId: number; lockZone: string; pin: Pin; onEdit: () => void }) {
  const update = useUpdatePin(lockId);
  const remove = useDeletePin(lockId);
  const repair = useRepairPin(lockId);
  const adopt = useAdoptPin(lockId);
  const [dialog, setDialogState] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<Dialog>>(new Set());
  const setDialog = (next: Dialog | null) => {
    if (next && !opened.has(next)) setOpened(new Set(opened).add(next));
    setDialogState(next);
  };
  const actions = rowActions(pin);
  const error = update.error ?? remove.error ?? repair.error ?? adopt.error;
  const close = () => setDialog(null);

  return (
    <>
      {actions.repair ? (
        <Button variant="secondary" onClick={() => repair.mutate(pin.id)} disabled={repair.isPending} aria-label={`${actions.repair === "repair" ? "Repair" : "Retry"} ${pin.name}`}>
          {actions.repair === "repair" ? "Repair" : "Retry"}
        </Button>
      ) : null}
      {actions.adopt ? (
        <Button variant="secondary" onClick={() => adopt.mutate(pin.id)} disabled={adopt.isPending} aria-label={`Take over ${pin.name}`}>
          Take over
        </Button>
      ) : null}
      {actions.edit ? <Button variant="ghost" onClick={onEdit} aria-label={`Edit ${pin.name}`}>Edit</Button> : null}
      {actions.toggle ? (
        <Button variant="ghost" onClick={() => update.mutate({ pinId: pin.id, patch: { enabled: !pin.enabled } })} aria-label={`${pin.enabled ? "Disable" : "Enable"} ${pin.name}`}>
          {pin.enabled ? "Disable" : "Enable"}
        </Button>
      ) : null}
      {canMessagePin(pin) ? (
        <Button variant="ghost" onClick={() => setDialog("message")} aria-label={`Guest message for ${pin.name}`}>Message</Button>
      ) : null}
      {actions.history ? (
        <Button variant="ghost" onClick={() => setDialog("history")} aria-label={`History of ${pin.name}`}>History</Button>
      ) : null}
      {actions.delete ? (
        <Button variant="ghost" className="text-red-700" onClick={() => setDialog("delete")} aria-label={`Delete ${pin.name}`}>Delete</Button>
      ) : null}
      {error ? <p role="alert" className="w-full text-sm text-red-700">{error.message}</p> : null}
      {opened.has("delete") ? (
        <Suspense fallback={null}>
          <PinDeleteDialog pin={pin} open={dialog === "delete"} onClose={close} onConfirm={() => remove.mutate(pin.id)} />
        </Suspense>
      ) : null}
      {canMessagePin(pin) && opened.has("message") ? (
        <Suspense fallback={null}>
          <GuestMessageDialog
            endpoint={`/api/locks/${lockId}/pins/${encodeURIComponent(pin.id)}/message`}
            guestName={pin.name}
            version={pinMessageVersion(pin)}
            open={dialog === "message"}
            onClose={close}
          />
        </Suspense>
      ) : null}
      {actions.history && opened.has("history") ? (
        <Suspense fallback={null}>
          <PinHistoryDialog lockId={lockId} lockZone={lockZone} pin={pin} open={dialog === "history"} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
