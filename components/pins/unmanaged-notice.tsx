"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { useAdoptPin } from "@/lib/pins/mutations";
import type { Pin } from "@/lib/pins/types";
import { countUnmanaged } from "@/lib/pins/view-status";

/** PINs made in the Nuki app or elsewhere: what that means, and a way to take them all over. */
export function UnmanagedNotice({ lockId, pins }: { lockId: number; pins: Pin[] }) {
  const t = useTranslations("pins.unmanaged");
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
        setFailure(error instanceof Error ? error.message : t("failed"));
        break;
      }
    }
    setProgress(null);
  }

  return (
    <div data-testid="unmanaged-notice">
      <Callout tone="neutral" title={t("title", { count })}>
        <div className="space-y-2">
          <p>{t("explain", { count })}</p>
          {count > 1 || progress ? (
            <Button variant="secondary" onClick={() => void adoptAll()} disabled={progress !== null}>
              {progress ? t("progress", { done: progress.done + 1, total: progress.total }) : t("all", { count })}
            </Button>
          ) : null}
          {failure ? <p role="alert" className="text-red-700">{failure}</p> : null}
        </div>
      </Callout>
    </div>
  );
}
