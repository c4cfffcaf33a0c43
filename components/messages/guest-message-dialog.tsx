"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { useRefetchMessageOnChange } from "@/lib/messages/refetch-on-change";
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
  const t = useTranslations("guestMessages.dialog");
  useRefetchMessageOnChange(endpoint, version);
  return (
    <Dialog open={open} onClose={onClose} title={t("title", { name: guestName })}>
      {open ? <GuestMessagePanel endpoint={endpoint} /> : null}
    </Dialog>
  );
}
