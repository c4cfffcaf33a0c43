"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The lock's settings behind one disclosure, so on a phone the PIN list is on the first screen.
 * A native <details>: keyboard and screen readers know it, and it needs no script to open.
 */
export function LockSettingsPanel({ children, onOpen }: { children: ReactNode; onOpen?: () => void }) {
  const t = useTranslations("locks");
  return (
    <details
      className="group rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
      data-testid="lock-settings"
      onToggle={(event) => {
        if (event.currentTarget.open) onOpen?.();
      }}
    >
      <summary className="flex min-h-touch cursor-pointer list-none items-center justify-between gap-2 px-4 py-2 font-semibold text-slate-900">
        <span>{t("settings")}</span>
        <span className="text-sm font-normal text-slate-600">
          {t("settingsSummary")}
          <span aria-hidden="true" className="ml-2 inline-block transition group-open:rotate-180">{"▾"}</span>
        </span>
      </summary>
      <div className="space-y-4 border-t border-slate-200 p-4">{children}</div>
    </details>
  );
}
