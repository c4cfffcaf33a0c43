import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { connectionWarning } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";
import { SyncButton } from "@/components/pins/sync-button";
import { LockBadges } from "./lock-badges";
import { lockStateWords } from "@/lib/locks/last-seen";

export function LockHeader({ lock }: { lock: Lock }) {
  // A missing keypad is said once, by the PINs it prevents (see LockDetail).
  const warning = connectionWarning(lock);
  const state = [lock.lockState, lock.doorState].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby="lock-title" className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 id="lock-title" className="text-2xl font-bold">{lock.name}</h1>
          <p className="text-sm text-slate-600">
            {lock.model} · Times shown in <strong data-testid="lock-zone">{lock.timeZone}</strong>
            {state ? <span data-testid="lock-state"> · {lockStateWords(lock, state)}</span> : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <Link href={`/locks/${lock.id}/activity`} className={buttonClasses("secondary")}>
            Activity
          </Link>
          <SyncButton lockId={lock.id} />
        </div>
      </div>
      <LockBadges lock={lock} />
      {warning ? (
        <Callout tone="warn" role="status">
          {warning}
        </Callout>
      ) : null}
    </section>
  );
}
