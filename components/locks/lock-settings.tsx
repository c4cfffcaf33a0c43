"use client";

import { KeypadHousekeeping } from "@/components/pins/keypad-housekeeping";
import { UnmanagedNotice } from "@/components/pins/unmanaged-notice";
import type { Lock } from "@/lib/locks/types";
import type { Pin } from "@/lib/pins/types";
import { AutoRepairToggle } from "./auto-repair-toggle";

/** What the lock page's settings disclosure holds: automatic repair, clean-up and keypad space, codes made elsewhere. */
export function LockSettings({ lock, pins }: { lock: Lock; pins: Pin[] }) {
  return (
    <>
      <AutoRepairToggle lockId={lock.id} />
      <KeypadHousekeeping lock={lock} pins={pins} />
      <UnmanagedNotice lockId={lock.id} pins={pins} />
    </>
  );
}
