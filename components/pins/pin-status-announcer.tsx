"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { LiveRegion, useChangeAnnouncement } from "@/components/ui/live-region";
import { useTranslate } from "@/lib/i18n/use-translate";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { pinStatusAnnouncements } from "@/lib/pins/status-announcements";

/** Reads out a lock's PINs reaching the lock, failing or going, as the list's badges change. */
export function PinStatusAnnouncer({ lockId }: { lockId: number }) {
  const { data } = useQuery(pinsQueryOptions(lockId));
  const t = useTranslate("pins");
  const announce = useCallback((before: Parameters<typeof pinStatusAnnouncements>[0], after: Parameters<typeof pinStatusAnnouncements>[1]) => pinStatusAnnouncements(before, after, t), [t]);
  const message = useChangeAnnouncement(data, announce);
  return <LiveRegion message={message} testId="pin-announcement" />;
}
