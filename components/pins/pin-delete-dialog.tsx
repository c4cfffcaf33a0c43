"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { Pin } from "@/lib/pins/types";

/** What deleting does, as a key of the "pins" catalog's `deleteDialog`. */
function consequence(pin: Pick<Pin, "status" | "managed">) {
  if (!pin.managed) return "unmanaged" as const;
  if (pin.status === "failed") return "failed" as const;
  return "saved" as const;
}

export function PinDeleteDialog({ pin, open, onClose, onConfirm }: {
  pin: Pick<Pin, "name" | "status" | "managed">;
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const t = useTranslations("pins.deleteDialog");
  return (
    <Dialog open={open} onClose={onClose} title={t("title", { name: pin.name })}>
      <p className="text-slate-700">{t(consequence(pin))}</p>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onClose}>{t("keep")}</Button>
        <Button variant="danger" onClick={() => { onClose(); onConfirm(); }}>{t("confirm")}</Button>
      </div>
    </Dialog>
  );
}
