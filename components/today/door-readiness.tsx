import Link from "next/link";
import { AttentionFixes } from "@/components/attention/attention-fixes";
import { PinStatusBadge } from "@/components/pins/pin-status-badge";
import { Badge } from "@/components/ui/badge";
import { lastSeenWords } from "@/lib/locks/last-seen";
import type { DoorReadiness } from "@/lib/today/types";

/** One door's readiness line: code saved, lock online, batteries, keypad, and whether the guest came in. */
export function DoorReadinessLine({ door }: { door: DoorReadiness }) {
  const checks: { ok: boolean; yes: string; no: string }[] = [
    { ok: door.codeSaved, yes: "Code saved", no: "Code not saved" },
    { ok: door.online, yes: "Lock online", no: `Lock offline${door.lastSeenAt ? `, ${lastSeenWords(door.lastSeenAt, door.timeZone)}` : ""}` },
    { ok: door.batteryOk, yes: "Lock battery OK", no: "Lock battery critical" },
    { ok: door.keypadBatteryOk, yes: "Keypad battery OK", no: "Keypad battery critical" },
    { ok: door.keypadPaired, yes: "Keypad paired", no: "No keypad paired" },
  ];
  return (
    <li className="space-y-2 py-3" data-testid="today-door" data-ready={door.ready}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href={`/locks/${door.lockId}`} className="inline-flex min-h-touch items-center font-semibold text-indigo-700 underline">{door.lockName}</Link>
        {door.status === "no_pin" || door.status === "gone" ? <Badge tone="bad">No code</Badge> : <PinStatusBadge pin={{ status: door.status }} />}
      </div>
      <ul className="flex flex-wrap gap-1.5" aria-label={`${door.lockName} readiness`}>
        {checks.map((c) => (
          <li key={c.yes}>
            <Badge tone={c.ok ? "good" : "bad"}>
              <span aria-hidden="true">{c.ok ? "✓" : "✕"}</span> {c.ok ? c.yes : c.no}
            </Badge>
          </li>
        ))}
        <li>
          <Badge tone={door.entered ? "info" : "neutral"}>{door.entered ? "Guest has entered" : "Not entered yet"}</Badge>
        </li>
      </ul>
      {door.problems.map((item) => (
        <div key={item.id} className="space-y-1 rounded-lg bg-amber-50 p-3 ring-1 ring-inset ring-amber-200" data-testid="door-problem" data-kind={item.kind}>
          <p className="text-sm font-semibold text-amber-950">{item.title}</p>
          <p className="text-sm text-amber-950">{item.detail}</p>
          <AttentionFixes item={item} />
        </div>
      ))}
    </li>
  );
}
