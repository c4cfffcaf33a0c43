"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import { pinKeys } from "@/lib/pins/queries";

type SyncState = { step: "idle" | "asking" | "asked" } | { step: "failed"; message: string };

/**
 * "Sync with lock". A plain request rather than a react-query mutation: nothing is shown
 * optimistically, and the lock page then loads no mutation code with its first screen.
 */
export function SyncButton({ lockId }: { lockId: number }) {
  const t = useTranslations("pins.sync");
  const queryClient = useQueryClient();
  const [state, setState] = useState<SyncState>({ step: "idle" });
  const sync = async () => {
    setState({ step: "asking" });
    try {
      await fetchJson(`/api/locks/${lockId}/sync`, { method: "POST" });
      setState({ step: "asked" });
    } catch (error) {
      setState({ step: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: lockKeys.detail(lockId) }),
        queryClient.invalidateQueries({ queryKey: pinKeys.list(lockId) }),
      ]);
    }
  };
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button variant="secondary" onClick={() => void sync()} disabled={state.step === "asking"}>
        {state.step === "asking" ? t("asking") : t("button")}
      </Button>
      <p role="status" className="text-xs text-slate-600">
        {state.step === "asked" ? t("asked") : null}
        {state.step === "failed" ? <span className="text-red-700">{state.message}</span> : null}
      </p>
    </div>
  );
}
