import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { wallTimeWords } from "@/lib/activity/format";
import type { DoorEntry } from "@/lib/activity/types";

const KIND: Record<DoorEntry["kind"], { label: string; tone: "good" | "bad" | "neutral" }> = {
  entry: { label: "Entry", tone: "good" },
  wrong_code: { label: "Wrong code", tone: "bad" },
  other: { label: "Keypad", tone: "neutral" },
};

export function EntryItem({ entry, showLock = false }: { entry: DoorEntry; showLock?: boolean }) {
  const who = entry.kind === "wrong_code" ? "Unknown code" : (entry.pinName ?? "Unknown PIN");
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="door-entry" data-kind={entry.kind}>
      <div className="min-w-0">
        {entry.stay ? (
          <p className="font-medium text-slate-900" data-testid="door-entry-who">
            <Link href={`/stays/${entry.stay.id}`} className="inline-flex min-h-touch items-center text-indigo-700 underline" data-testid="door-entry-guest">
              {entry.stay.guestName}
            </Link>
          </p>
        ) : (
          <p className="font-medium text-slate-900" data-testid="door-entry-who">{who}</p>
        )}
        <p className="text-xs text-slate-500">
          {entry.action} · {entry.trigger}
          {showLock ? <> · <span data-testid="door-entry-lock">{entry.lockName}</span></> : null}
        </p>
      </div>
      <div className="flex items-center gap-2">
        <Badge tone={KIND[entry.kind].tone}>{KIND[entry.kind].label}</Badge>
        <time dateTime={entry.instant} className="text-sm tabular-nums text-slate-700" data-testid="door-entry-time">
          {wallTimeWords(entry.at)}
        </time>
      </div>
    </li>
  );
}
