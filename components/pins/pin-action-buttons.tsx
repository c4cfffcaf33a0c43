"use client";

import { Button, type ButtonProps } from "@/components/ui/button";
import { canMessagePin } from "@/lib/messages/readiness";
import type { Pin } from "@/lib/pins/types";
import { rowActions } from "@/lib/pins/view-status";

export type PinAction = "repair" | "adopt" | "edit" | "toggle" | "message" | "history" | "delete";

interface ActionButton {
  action: PinAction;
  label: string;
  variant: ButtonProps["variant"];
  className?: string;
}

/** The row's buttons, by status: repair or retry, take over, edit, enable/disable, guest message, history, delete. */
function buttonsFor(pin: Pin): ActionButton[] {
  const actions = rowActions(pin);
  const buttons: ActionButton[] = [];
  if (actions.repair) buttons.push({ action: "repair", label: actions.repair === "repair" ? "Repair" : "Retry", variant: "secondary" });
  if (actions.adopt) buttons.push({ action: "adopt", label: "Take over", variant: "secondary" });
  if (actions.edit) buttons.push({ action: "edit", label: "Edit", variant: "ghost" });
  if (actions.toggle) buttons.push({ action: "toggle", label: pin.enabled ? "Disable" : "Enable", variant: "ghost" });
  if (canMessagePin(pin)) buttons.push({ action: "message", label: "Message", variant: "ghost" });
  if (actions.history) buttons.push({ action: "history", label: "History", variant: "ghost" });
  if (actions.delete) buttons.push({ action: "delete", label: "Delete", variant: "ghost", className: "text-red-700" });
  return buttons;
}

const ARIA_PREFIX: Partial<Record<PinAction, string>> = { message: "Guest message for", history: "History of" };

/** The row's buttons; what they do is `onAction`'s. */
export function PinActionButtons({ pin, onAction }: { pin: Pin; onAction: (action: PinAction) => void }) {
  return (
    <>
      {buttonsFor(pin).map(({ action, label, variant, className }) => (
        <Button key={action} variant={variant} className={className} onClick={() => onAction(action)} aria-label={`${ARIA_PREFIX[action] ?? label} ${pin.name}`}>
          {label}
        </Button>
      ))}
    </>
  );
}
