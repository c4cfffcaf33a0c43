import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import type { Pin } from "@/lib/pins/types";
import { statusView } from "@/lib/pins/view-status";

export function PinStatusBadge({ pin }: { pin: Pick<Pin, "status"> & { write?: Pin["write"] } }) {
  const t = useTranslations("pins");
  const base = statusView(pin.status);
  // A write well past its usual time says so, long before it is given up.
  const slow = Boolean(pin.write?.slow && base.busy);
  const view = slow ? { ...base, tone: "warn" as const } : base;
  return (
    <Badge tone={view.tone} data-testid="pin-status" data-status={pin.status} data-slow={pin.write?.slow ? "true" : undefined}>
      {view.busy ? <Spinner className="h-3 w-3" /> : null}
      {slow ? t("status.slow") : t(`status.${pin.status}`)}
    </Badge>
  );
}
