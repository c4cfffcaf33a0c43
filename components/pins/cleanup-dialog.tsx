"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useTranslate } from "@/lib/i18n/use-translate";
import { Dialog } from "@/components/ui/dialog";
import { cleanupSummary } from "@/lib/pins/cleanup-rules";

/** The one confirmation before expired PINs are deleted: how many, on how many locks, and which. */
export function CleanupDialog({ open, onClose, onConfirm, pins }: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  pins: { id: string; name: string; lockName?: string; lockId?: number }[];
}) {
  const t = useTranslations("pins.cleanup");
  const summary = cleanupSummary(pins, useTranslate("pins"));
  return (
    <Dialog open={open} onClose={onClose} title={t("dialogTitle", { summary })}>
      <p className="text-slate-700">{t("dialogBody")}</p>
      <ul className="mt-3 max-h-60 list-disc overflow-y-auto pl-5 text-sm text-slate-800" aria-label={t("listLabel")}>
        {pins.map((pin) => (
          <li key={pin.id}>
            {pin.name}
            {pin.lockName ? <span className="text-slate-500"> · {pin.lockName}</span> : null}
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onClose}>{t("keep")}</Button>
        <Button variant="danger" onClick={() => { onClose(); onConfirm(); }}>{t("button")}</Button>
      </div>
    </Dialog>
  );
}
