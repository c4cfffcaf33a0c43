"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Dialog } from "@/components/ui/dialog";
import { messageKeys } from "@/lib/messages/queries";
import { GuestMessagePanel } from "./guest-message-panel";

/**
 * The guest message in a dialog. `version` changes when what the message depends on changes
 * (a PIN's status, say, as its list refreshes), so an open dialog never shows a stale warning.
 */
export function GuestMessageDialog({ endpoint, guestName, version, open, onClose }: {
  endpoint: string;
  guestName: string;
  version?: string;
  open: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const shownFor = useRef(version);
  useEffect(() => {
    // Only a change counts: opening the dialog fetches by itself.
    if (shownFor.current === version) return;
    shownFor.current = version;
    void queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) });
  }, [version, endpoint, queryClient]);
  return (
    <Dialog open={open} onClose={onClose} title={`Message for ${guestName}`}>
      {open ? <GuestMessagePanel endpoint={endpoint} /> : null}
    </Dialog>
  );
}
