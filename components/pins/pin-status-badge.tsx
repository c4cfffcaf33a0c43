import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import type { Pin } from "@/lib/pins/types";

export function PinStatusBadge({ pin }: { pin: Pick<Pin, "status" | "statusReason"> }) {
  if (pin.status === "pending") {
    return (
      <Badge tone="info">
        <Spinner className="h-3 w-3" /> Saving to lock…
      </Badge>
    );
  }
  if (pin.status === "failed") return <Badge tone="bad">Not saved</Badge>;
  return <Badge tone="good">Saved</Badge>;
}
