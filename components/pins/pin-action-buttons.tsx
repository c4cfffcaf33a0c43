"use client";

import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "@/components/ui/button";
import { canMessagePin } from "@/lib/messages/readiness";
import type { Pin } from "@/lib/pins/types";
import { rowActions } from "@/lib/pins/view-status";

export type PinAction = "repair" | "adopt" | "edit" | "toggle" | "message" | "history" | "delete";

/** A button's words: its label and, naming the PIN, its accessible name; keys of the "pins" catalog's `actions`. */
type Words = "repair" | "retry" | "adopt" | "edit" | "disable" | "enable" | "message" | "history" | "delete";

const NAMED = {
  repair: "repairOf",
  retry: "retryOf",
  adopt: "adoptOf",
  edit: "editOf",
  disable: "disableOf",
  enable: "enableOf",
  message: "messageOf",
  history: "historyOf",
  delete: "deleteOf",
} as const satisfies Record<Words, string>;

interface ActionButton {
  action: PinAction;
  words: Words;
  variant: ButtonProps["variant"];
  className?: string;
}

/** The row's buttons, by status: repair or retry, take over, edit, enable/disable, guest message, history, delete. */
function buttonsFor(pin: Pin): ActionButton[] {
  const actions = rowActions(pin);
  const buttons: ActionButton[] = [];
  if (actions.repair) buttons.push({ action: "repair", words: actions.repair, variant: "secondary" });
  if (actions.adopt) buttons.push({ action: "adopt", words: "adopt", variant: "secondary" });
  if (actions.edit) buttons.push({ action: "edit", words: "edit", variant: "ghost" });
  if (actions.toggle) buttons.push({ action: "toggle", words: pin.enabled ? "disable" : "enable", variant: "ghost" });
  if (canMessagePin(pin)) buttons.push({ action: "message", words: "message", variant: "ghost" });
  if (actions.history) buttons.push({ action: "history", words: "history", variant: "ghost" });
  if (actions.delete) buttons.push({ action: "delete", words: "delete", variant: "ghost", className: "text-red-700" });
  return buttons;
}

/** The row's buttons; what they do is `onAction`'s. */
export function PinActionButtons({ pin, onAction }: { pin: Pin; onAction: (action: PinAction) => void }) {
  const t = useTranslations("pins.actions");
  return (
    <>
      {buttonsFor(pin).map(({ action, words, variant, className }) => (
        <Button key={action} variant={variant} className={className} onClick={() => onAction(action)} aria-label={t(NAMED[words], { name: pin.name })}>
          {t(words)}
        </Button>
      ))}
    </>
  );
}
