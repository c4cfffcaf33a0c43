"use client";

import { useTranslate } from "@/lib/i18n/use-translate";
import { describeProgress } from "@/lib/pins/write-progress";
import type { PinWrite } from "@/lib/pins/types";
import { useClock } from "./use-clock";

/** "attempt 1 of 4 · 12 s so far", counting up while the write is on its way. */
export function PinWriteProgress({ write }: { write: PinWrite }) {
  const now = useClock(1_000);
  const t = useTranslate("pins");
  return <p className="text-xs text-slate-600" data-testid="pin-write-progress">{describeProgress(write, Math.max(now, Date.parse(write.since)), t)}</p>;
}
