"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { canShare, shareMessage } from "@/lib/messages/share";
import { ConfirmNotReady } from "./confirm-not-ready";

const noSubscription = () => () => {};

/** The phone's share sheet (Web Share API), offered only where the browser has one. */
export function ShareMessageButton({ subject, text, ready, onShared }: { subject: string; text: string; ready: boolean; onShared?: () => void }) {
  // Read on the client only, so the server's render (no navigator) never disagrees with the browser's.
  const t = useTranslations("guestMessages.share");
  const available = useSyncExternalStore(noSubscription, () => canShare(globalThis.navigator), () => false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<"unavailable" | "failed" | null>(null);
  if (!available) return null;

  async function share() {
    setConfirming(false);
    setError(null);
    const outcome = await shareMessage(globalThis.navigator, { subject, text });
    if (typeof outcome === "object") setError(outcome.error);
    // Closing the sheet without sharing leaves the guest without the message.
    if (outcome === "shared") onShared?.();
  }

  return (
    <>
      <Button variant="secondary" onClick={() => (ready ? void share() : setConfirming(true))}>{t("button")}</Button>
      {confirming ? (
        <div className="w-full">
          <ConfirmNotReady action="share" onConfirm={() => void share()} onCancel={() => setConfirming(false)} />
        </div>
      ) : null}
      {error ? <p role="alert" className="w-full text-sm text-red-700">{t(error)}</p> : null}
    </>
  );
}
