"use client";

import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { useAttentionFix } from "@/lib/fixes/mutations";
import type { AttentionItem } from "@/lib/attention/types";

/** The item's fixes as buttons, and a link to the door; each says which code and door it acts on. */
export function AttentionFixes({ item, showOpen = true }: { item: AttentionItem; showOpen?: boolean }) {
  const fix = useAttentionFix();
  const about = item.pinName ? `${item.pinName} on ${item.lockName}` : item.lockName;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {item.fixes.map((f) =>
        f.kind === "open" ? (
          showOpen ? (
            <Link key={f.kind} href={`/locks/${item.lockId}`} className={buttonClasses("ghost")} aria-label={`Go to ${item.lockName}`}>
              {f.label}
            </Link>
          ) : null
        ) : (
          <Button
            key={f.kind}
            variant={f.kind === "keep" ? "ghost" : "secondary"}
            disabled={fix.isPending}
            onClick={() => fix.mutate({ kind: f.kind as Exclude<typeof f.kind, "open">, lockId: item.lockId, pinId: item.pinId })}
            aria-label={`${f.label}: ${about}`}
          >
            {f.label}
          </Button>
        ),
      )}
      {fix.isSuccess ? <p role="status" className="w-full text-sm text-emerald-800">Done. Keyhost is checking the lock.</p> : null}
      {fix.error ? <p role="alert" className="w-full text-sm text-red-700">{fix.error.message}</p> : null}
    </div>
  );
}
