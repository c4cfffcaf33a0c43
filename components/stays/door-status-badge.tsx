import { PinStatusBadge } from "@/components/pins/pin-status-badge";
import { Badge } from "@/components/ui/badge";
import type { DoorStatus } from "@/lib/stays/types";

const OWN = { gone: ["Removed", "neutral"], no_keypad: ["No keypad", "neutral"], refused: ["Not saved", "bad"] } as const;

/** The door's PIN status as on the lock's PIN list; doors without a PIN say why. */
export function DoorStatusBadge({ status }: { status: DoorStatus }) {
  if (status === "gone" || status === "no_keypad" || status === "refused") {
    const [label, tone] = OWN[status];
    return <Badge tone={tone} data-testid="pin-status" data-status={status}>{label}</Badge>;
  }
  return <PinStatusBadge pin={{ status }} />;
}
