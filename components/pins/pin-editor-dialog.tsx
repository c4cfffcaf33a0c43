"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { emptyForm, formFromPin, inputFromForm, patchFromForm } from "@/lib/pins/form";
import { generatePinCode } from "@/lib/pins/generate-code";
import { useCreatePin, useUpdatePin } from "@/lib/pins/mutations";
import type { Pin } from "@/lib/pins/types";
import { PinForm } from "./pin-form";

export type EditorState = { mode: "create" } | { mode: "edit"; pin: Pin } | null;

export function PinEditorDialog({ lockId, lockZone, pins, state, onClose }: {
  lockId: number;
  lockZone: string;
  pins: Pin[];
  state: EditorState;
  onClose: () => void;
}) {
  const t = useTranslations("pinForm");
  const create = useCreatePin(lockId);
  const update = useUpdatePin(lockId);
  const editing = state?.mode === "edit" ? state.pin : null;
  const takenCodes = pins.filter((p) => p.id !== editing?.id).map((p) => p.code);
  // One proposal per opening of the editor, not one per render.
  const initial = useMemo(
    () => (editing ? formFromPin(editing) : { ...emptyForm(), code: state ? generatePinCode(takenCodes) : "" }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new code only when the editor opens
    [state],
  );

  return (
    <Dialog open={state !== null} onClose={onClose} title={editing ? t("dialog.edit", { name: editing.name }) : t("dialog.new")}>
      {editing && !editing.managed ? (
        <Callout tone="info" className="mb-4">
          {t("dialog.unmanaged")}
        </Callout>
      ) : null}
      {state ? (
        <PinForm
          key={editing?.id ?? "new"}
          lockZone={lockZone}
          initial={initial}
          takenCodes={takenCodes}
          submitLabel={editing ? t("dialog.save") : t("dialog.create")}
          onCancel={onClose}
          onSubmit={async (values) => {
            if (editing) {
              const patch = patchFromForm(initial, values);
              if (Object.keys(patch).length) await update.mutateAsync({ pinId: editing.id, patch });
            } else {
              await create.mutateAsync(inputFromForm(values));
            }
            onClose();
          }}
        />
      ) : null}
    </Dialog>
  );
}
