"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { doorsBusy } from "@/lib/stays/queries";
import type { StayDetail } from "@/lib/stays/types";
import { StayCancel } from "./stay-cancel";
import { StayDatesForm } from "./stay-dates-form";
import { StayDetach } from "./stay-detach";
import { StayTimesForm } from "./stay-times-form";

/** What the host can change about a stay still to come: its dates, its own times, the calendar link, or cancel it. */
export function StayChanges({ stay, doorCount, onMoved }: { stay: StayDetail; doorCount: number; onMoved: () => void }) {
  const t = useTranslations("stays.changes");
  return (
    <>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("changeDates")}</h2>
        <StayDatesForm stayId={stay.id} arrival={stay.arrival} departure={stay.departure} busy={doorsBusy(stay)} onMoved={onMoved} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("times")}</h2>
        <StayTimesForm stayId={stay.id} checkInTime={stay.checkInTime} checkOutTime={stay.checkOutTime} busy={doorsBusy(stay)} />
      </Card>
      {stay.feedId ? <StayDetach stayId={stay.id} /> : null}
      <StayCancel stayId={stay.id} guestName={stay.guestName} doorCount={doorCount} />
    </>
  );
}
