"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { offerBackupCode } from "@/lib/backup-codes/queries";
import { guestMessageQueryOptions, messageKeys } from "@/lib/messages/queries";

/**
 * On a stay whose doors are not all ready: put the property's backup code in the guest message,
 * after one confirmation (it is replaced once the stay is over).
 */
export function OfferBackup({ stayId, endpoint }: { stayId: string; endpoint: string }) {
  const { data: message } = useQuery(guestMessageQueryOptions(endpoint));
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const offer = useMutation({
    mutationFn: () => offerBackupCode(stayId),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) });
    },
  });
  if (!message || message.ready || offer.isSuccess || /use the backup code \d{6}/.test(message.text)) {
    return offer.isSuccess ? <Callout tone="good" role="status">The backup code {offer.data.code} is now at the end of the message.</Callout> : null;
  }
  return (
    <div className="space-y-2" data-testid="offer-backup">
      {confirming ? (
        <Callout tone="warn" role="alert" title="Give this guest the backup code?">
          <p>The message will end with the property&apos;s backup code. It opens every door at all times until Keyhost replaces it after this stay.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => offer.mutate()} disabled={offer.isPending}>Add the backup code</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={offer.isPending}>Cancel</Button>
          </div>
        </Callout>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>Offer the backup code in the message</Button>
      )}
      {offer.error ? <Callout tone="bad" role="alert">{offer.error.message}</Callout> : null}
    </div>
  );
}
