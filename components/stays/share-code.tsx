"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

type Outcome = "idle" | "shared" | "copied" | "failed";
const SAID: Record<Outcome, string> = { idle: "", shared: "Code shared.", copied: "Code copied. Paste it into your message to the guest.", failed: "Could not share or copy. Tap Show and read the code out." };

/**
 * The phone's share sheet where there is one, the clipboard elsewhere: the code alone, since the
 * guest message with doors and times is built from the property's template.
 */
export function ShareCode({ code, guestName }: { code: string; guestName: string }) {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  async function share() {
    const data = { title: `Door code for ${guestName}`, text: code };
    try {
      if (typeof navigator.share === "function" && navigator.canShare?.(data) !== false) {
        await navigator.share(data);
        setOutcome("shared");
      } else {
        await navigator.clipboard.writeText(code);
        setOutcome("copied");
      }
    } catch (error) {
      // Closing the share sheet is not a failure.
      setOutcome(error instanceof DOMException && error.name === "AbortError" ? "idle" : "failed");
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" onClick={() => void share()}>Share code</Button>
      <p role="status" className="text-xs text-slate-600">{SAID[outcome]}</p>
    </div>
  );
}
