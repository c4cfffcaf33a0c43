"use client";

import { PinStatusAnnouncer } from "@/components/pins/pin-status-announcer";
import type { Pin } from "@/lib/pins/types";
import { ConfirmTimesNote } from "./confirm-times";

/**
 * What the host is told about this lock's writes: how long they usually take to reach it, and
 * each one's outcome read out to screen readers as it happens.
 */
export function LockWriteNotes({ lockId, pins }: { lockId: number; pins: readonly Pin[] }) {
  return (
    <>
      <ConfirmTimesNote lockId={lockId} pins={pins} />
      <PinStatusAnnouncer lockId={lockId} />
    </>
  );
}
