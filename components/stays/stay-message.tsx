"use client";

import { useTranslations } from "next-intl";
import { GuestMessagePanel } from "@/components/messages/guest-message-panel";
import { Card } from "@/components/ui/card";
import { OfferBackup } from "@/components/backup-codes/offer-backup";
import { useRefetchMessageOnChange } from "@/lib/messages/refetch-on-change";
import type { StayDoor } from "@/lib/stays/types";

/**
 * The full guest message for the stay (every door, its times, the code) in the guest's language,
 * remembered on the stay: what a host shares, copies or e-mails. It is fetched again whenever a
 * door's status changes, so "not saved yet" goes by itself.
 */
export function StayMessage({ stayId, doors, onDelivered }: { stayId: string; doors: StayDoor[]; onDelivered?: () => void }) {
  const t = useTranslations("guestMessages.panel");
  const endpoint = `/api/stays/${stayId}/message`;
  const version = doors.map((door) => `${door.lockId}:${door.status}:${door.validFrom}:${door.validUntil}`).join("|");
  useRefetchMessageOnChange(endpoint, version);
  return (
    <Card>
      <section aria-labelledby="guest-message-heading" className="space-y-3">
        <h2 id="guest-message-heading" className="text-lg font-semibold">{t("heading")}</h2>
        <OfferBackup stayId={stayId} endpoint={endpoint} />
        <GuestMessagePanel endpoint={endpoint} onDelivered={onDelivered} rememberLanguage />
      </section>
    </Card>
  );
}
