"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, describedBy } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { Spinner } from "@/components/ui/spinner";
import { ApiClientError } from "@/lib/api/client";
import { useSendGuestMessage } from "@/lib/messages/mutations";
import { checkEmailAddress } from "@/lib/messages/email-check";
import { ConfirmNotReady } from "./confirm-not-ready";

const NOT_READY = new Set(["pin_not_saved", "pin_disabled"]);

/** Sends the message by e-mail; the typed address stays whatever happens, so a mistake is one edit away. */
export function EmailMessageForm({ endpoint, ready, onSent }: { endpoint: string; ready: boolean; onSent?: () => void }) {
  const id = useId();
  const send = useSendGuestMessage(endpoint);
  const [to, setTo] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const error = send.error instanceof ApiClientError && send.error.field === "to" ? null : send.error;

  function go(confirmNotReady: boolean) {
    const checked = checkEmailAddress(to);
    setSentTo(null);
    setFieldError(checked.ok ? undefined : checked.message);
    if (!checked.ok) return;
    if (!ready && !confirmNotReady) return setConfirming(true);
    setConfirming(false);
    send.mutate({ to: checked.to, confirmNotReady }, {
      onSuccess: () => {
        setSentTo(checked.to);
        onSent?.();
      },
      onError: (e) => {
        if (e instanceof ApiClientError && e.field === "to") setFieldError(e.message);
        // The PIN changed since the message was shown: ask, as if it had been known.
        if (e instanceof ApiClientError && NOT_READY.has(e.code)) setConfirming(true);
      },
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    go(false);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Send by e-mail">
      <Field id={id} label="Guest's e-mail address" error={fieldError}>
        <input
          id={id}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy(id, { error: fieldError })}
          className={inputClasses}
        />
      </Field>
      <Button type="submit" disabled={send.isPending}>
        {send.isPending ? <Spinner /> : null}
        Send by e-mail
      </Button>
      {confirming ? <ConfirmNotReady action="Send" busy={send.isPending} onConfirm={() => go(true)} onCancel={() => setConfirming(false)} /> : null}
      {sentTo && !send.isPending ? <Callout tone="good" role="status">Sent to {sentTo}.</Callout> : null}
      {error && !confirming ? <Callout tone="bad" role="alert" title="Not sent">{error.message}</Callout> : null}
    </form>
  );
}
