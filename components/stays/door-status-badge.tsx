import { useTranslations } from "next-intl";
import { PinStatusBadge } from "@/components/pins/pin-status-badge";
import { Badge } from "@/components/ui/badge";
import type { DoorStatus } from "@/lib/stays/types";

const OWN = { gone: ["doorStatus.removed", "neutral"], no_keypad: ["doorStatus.noKeypad", "neutral"], refused: ["doorStatus.notSaved", "bad"] } as const;

/** The door's PIN status as on the lock's PIN list; doors without a PIN say why. */
export function DoorStatusBadge({ status }: { status: DoorStatus }) {
  const t = useTranslations("stays");
  if (status === "gone" || status === "no_keypad" || status === "refused") {
    const [label, tone] = OWN[status];
    return <Badge tone={tone} data-testid="pin-status" data-status={status}>{t(label)}</Badge>;
  }
  return <PinStatusBadge pin={{ status }} />;
}
