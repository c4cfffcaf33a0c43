"use client";

import { Suspense, useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { lazyPart } from "@/components/ui/lazy-part";
import { pinMessageVersion } from "@/lib/messages/pin-door";
import { canMessagePin } from "@/lib/messages/readiness";
import { useAdoptPin, useDeletePin, useRepairPin, useUpdatePin } from "@/lib/pins/mutations";
import type { Pin } from "@/lib/pins/types";
import { rowActions } from "@/lib/pins/view-status";
import type { PinAction } from "./pin-action-buttons";

// A row's message, history and delete confirmation are opened now and then: their code loads when
// one is first opened. Once opened, a dialog stays mounted so closing it gives focus back.
const PinDeleteDialog = lazyPart(() => import("./pin-delete-dialog").then((m) => m.PinDeleteDialog));
const GuestMessageDialog = lazyPart(() => import("@/components/messages/guest-message-dialog").then((m) => m.GuestMessageDialog));
const PinHistoryDialog = lazyPart(() => import("./pin-history-dialog").then((m) => m.PinHistoryDialog));

type Dialog = "delete" | "history" | "message";
const isDialog = (action: PinAction | null): action is Dialog => action === "delete" || action === "history" || action === "message";

export interface PinActionsHandle {
  run: (action: Exclude<PinAction, "edit">) => void;
}

/**
 * What a row's buttons do: its mutations, their errors and its dialogs. The buttons themselves are
 * the row's (`PinActions`), which hands each press over through `ref`; `early` is one pressed
 * before this code had loaded.
 */
export function PinActionsLive({ ref, lockId, lockZone, pin, early }: {
  ref: Ref<PinActionsHandle>;
  lockId: number;
  lockZone: string;
  pin: Pin;
  early: PinAction | null;
}) {
  const update = useUpdatePin(lockId);
  const remove = useDeletePin(lockId);
  const repair = useRepairPin(lockId);
  const adopt = useAdoptPin(lockId);
  const allowed = rowActions(pin);
  // Only if its button is still there: the PIN may have changed while this code loaded.
  const pressed = early && (early === "message" ? canMessagePin(pin) : allowed[early]) ? early : null;
  const [dialog, setDialogState] = useState<Dialog | null>(isDialog(pressed) ? pressed : null);
  const [opened, setOpened] = useState<ReadonlySet<Dialog>>(() => new Set(isDialog(pressed) ? [pressed] : []));
  const setDialog = (next: Dialog | null) => {
    if (next && !opened.has(next)) setOpened(new Set(opened).add(next));
    setDialogState(next);
  };
  // A second tap while the first is on its way sends nothing more.
  const mutate = (action: PinAction) => {
    if (action === "repair" && !repair.isPending) repair.mutate(pin.id);
    else if (action === "adopt" && !adopt.isPending) adopt.mutate(pin.id);
    else if (action === "toggle") update.mutate({ pinId: pin.id, patch: { enabled: !pin.enabled } });
  };
  useImperativeHandle(ref, () => ({ run: (action) => (isDialog(action) ? setDialog(action) : mutate(action)) }));
  const earlyDone = useRef(false);
  useEffect(() => {
    if (earlyDone.current || !pressed) return;
    earlyDone.current = true;
    mutate(pressed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- an early press is carried out once, when this code arrives
  }, []);
  const error = update.error ?? remove.error ?? repair.error ?? adopt.error;
  const close = () => setDialog(null);

  return (
    <>
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
      {allowed.history && opened.has("history") ? (
        <Suspense fallback={null}>
          <PinHistoryDialog lockId={lockId} lockZone={lockZone} pin={pin} open={dialog === "history"} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
