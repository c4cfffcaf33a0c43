"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Codes are hidden until asked for, so a glance over the shoulder at the door reveals nothing. */
export function MaskedCode({ code, pinName }: { code: string; pinName: string }) {
  const [shown, setShown] = useState(false);
  const t = useTranslations("pins.row");
  return (
    <button
      type="button"
      onClick={() => setShown((s) => !s)}
      aria-pressed={shown}
      aria-label={shown ? t("hideCode", { name: pinName }) : t("showCode", { name: pinName })}
      className="inline-flex min-h-touch items-center gap-2 rounded-lg px-2 font-mono text-lg tracking-widest text-slate-900 hover:bg-slate-100"
    >
      <span data-testid="pin-code">{shown ? code : "••••••"}</span>
      <span className="font-sans text-xs tracking-normal text-indigo-700">{shown ? t("hide") : t("show")}</span>
    </button>
  );
}
