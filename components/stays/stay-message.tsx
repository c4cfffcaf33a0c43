"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { GuestMessagePanel } from "@/components/messages/guest-message-panel";
import { Card } from "@/components/ui/card";
import { messageKeys } from "@/lib/messages/queries";
import type { StayDoor } from "@/lib/stays/types";

/**
 * The full guest message for the stay (every door, its times, the code): what a host shares, copies
 * or e-mails. It is fetched again whenever a door's status changes, so "not saved yet" goes by itself.
 */
export function StayMessage({ stayId, doors }: { stayId: string; doors: StayDoor[] }) {
  const endpoint = `/api/stays/${stayId}/message`;
  const queryClient = useQueryClient();
  const version = doors.map((door) => `${door.lockId}:${door.status}:${door.validFrom}:${door.validUntil}`).join("|");
  const shownFor = useRef(version);
  useEffect(() => {
    if (shownFor.current === version) return;
    shownFor.current = version;
    void queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) });
  }, [version, endpoint, queryClient]);
  return (
    <Card>
      <section aria-labelledby="guest-message-heading" className="space-y-3">
        <h2 id="guest-message-heading" className="text-lg font-semibold">Guest message</h2>
        <GuestMessagePanel endpoint={endpoint} />
      </section>
    </Card>
  );
}
