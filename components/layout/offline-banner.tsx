"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Whether the device has a connection, following the browser's online and offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
}

/**
 * Says so when the phone has no signal. The live region is always in the page, so a screen reader
 * announces the change both ways; what the page already shows stays on screen below it.
 */
export function OfflineBanner() {
  const online = useOnline();
  const t = useTranslations("common");
  return (
    <div role="status" className="sticky top-0 z-40" data-testid="connection-status">
      {online ? null : (
        <p className="bg-slate-900 px-4 py-2 text-center text-sm text-white" data-testid="offline-banner">
          {t.rich("offline", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
    </div>
  );
}
