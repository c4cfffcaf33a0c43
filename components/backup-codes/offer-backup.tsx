"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { offerBackupCode } from "@/lib/backup-codes/queries";
import { guestMessageQueryOptions, messageKeys } from "@/lib/messages/queries";

/** The backup line (`line` in the backupCodes catalog) already in a message, in English or German. */
const OFFERED = /use the backup code \d{6}|den Ersatzcode \d{6}/;

/**
 * On a stay whose doors are not all ready: put the property's backup code in the guest message,
 * after one confirmation (it is replaced once the stay is over).
 */
export function OfferBackup({ stayId, endpoint }: { stayId: string; endpoint: string }) {
  const { data: message } = useQuery(guestMessageQueryOptions(endpoint));
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const t = useTranslations("backupCodes");
  const offer = useMutation({
    mutationFn: () => offerBackupCode(stayId),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) });
    },
  });
  if (!message || message.ready || offer.isSuccess || OFFERED.test(message.text)) {
    return offer.isSuccess ? <Callout tone="good" role="status">{t("offer.added", { code: offer.data.code })}</Callout> : null;
  }
  return (
    <div className="space-y-2" data-testid="offer-backup">
      {confirming ? (
        <Callout tone="warn" role="alert" title={t("offer.confirmTitle")}>
          <p>{t("offer.confirmText")}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => offer.mutate()} disabled={offer.isPending}>{t("offer.confirm")}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={offer.isPending}>{t("offer.cancel")}</Button>
          </div>
        </Callout>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>{t("offer.button")}</Button>
      )}
      {offer.error ? <Callout tone="bad" role="alert">{offer.error.message}</Callout> : null}
    </div>
  );
}
