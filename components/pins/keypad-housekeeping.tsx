"use client";

import { CapacityMeter } from "@/components/locks/capacity-meter";
import type { Lock } from "@/lib/locks/types";
import type { Pin } from "@/lib/pins/types";
import { AutoCleanupSetting } from "./auto-cleanup-setting";
import { ExpiredCleanup } from "./expired-cleanup";

/** How full the keypad is, and the ways to make room: by hand now, or by itself after expiry. */
export function KeypadHousekeeping({ lock, pins }: { lock: Lock; pins: Pin[] }) {
  if (!lock.keypad.paired) return null;
  return (
    <div className="grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 sm:items-end">
      <div className="space-y-2 sm:col-span-2">
        <CapacityMeter used={lock.pinCount} />
      </div>
      <ExpiredCleanup lockId={lock.id} lockName={lock.name} zone={lock.timeZone} pins={pins} />
      <AutoCleanupSetting lockId={lock.id} />
    </div>
  );
}
