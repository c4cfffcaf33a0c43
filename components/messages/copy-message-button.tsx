"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { copyToClipboard } from "@/lib/messages/share";

type CopyState = "idle" | "copied" | "selected";

/**
 * Copies through the Clipboard API; where that is missing or refused (no permission, not https),
 * `selectText` selects the message so the host can copy it by hand, and says so.
 */
export function CopyMessageButton({ text, selectText, onCopied }: { text: string; selectText: () => boolean; onCopied?: () => void }) {
  const t = useTranslations("guestMessages.copy");
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    const copied = (await copyToClipboard(globalThis.navigator, text)) || selectText();
    setState(copied ? "copied" : "selected");
    // Only a copy that happened counts as delivered; a selection still waits for the host's own Copy.
    if (copied) onCopied?.();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" onClick={() => void copy()}>{t("button")}</Button>
      <span role="status" className="text-sm font-medium text-emerald-800" data-testid="copy-status">{state === "idle" ? "" : t(state)}</span>
    </div>
  );
}
