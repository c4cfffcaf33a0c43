import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import type { Pin } from "@/lib/pins/types";
import { statusView } from "@/lib/pins/view-status";

export function PinStatusBadge({ pin }: { pin: Pick<Pin, "status"> }) {
  const view = statusView(pin.status);
  return (
    <Badge tone={view.tone} data-testid="pin-status" data-status={pin.status}>
      {view.busy ? <Spinner className="h-3 w-3" /> : null}
      {view.label}
    </Badge>
  );
}
