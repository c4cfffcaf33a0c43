import { Badge } from "@/components/ui/badge";
import { SERVER_STATE_LABELS } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";

/** Connection, keypad and batteries at a glance, each badge readable without colour. */
export function LockBadges({ lock }: { lock: Lock }) {
  return (
    <div className="flex flex-wrap gap-1.5">
      <Badge tone={lock.online ? "good" : "bad"}>{SERVER_STATE_LABELS[lock.serverState]}</Badge>
      <Badge tone={lock.keypad.paired ? "info" : "warn"}>{lock.keypad.kind ?? "No keypad"}</Badge>
      <Badge tone={lock.battery.critical ? "bad" : "neutral"}>
        {lock.battery.critical ? "Battery critical" : "Battery OK"}
        {lock.battery.charge !== null ? ` · ${lock.battery.charge}%` : ""}
      </Badge>
      {lock.keypadBatteryCritical ? <Badge tone="bad">Keypad battery critical</Badge> : null}
    </div>
  );
}
