"use client";

import { useQuery } from "@tanstack/react-query";
import { LiveRegion, useChangeAnnouncement } from "@/components/ui/live-region";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { pinStatusAnnouncements } from "@/lib/pins/status-announcements";

/** Reads out a lock's PINs reaching the lock, failing or going, as the list's badges change. */
export function PinStatusAnnouncer({ lockId }: { lockId: number }) {
  const { data } = useQuery(pinsQueryOptions(lockId));
  const message = useChangeAnnouncement(data, pinStatusAnnouncements);
  return <LiveRegion message={message} testId="pin-announcement" />;
}
