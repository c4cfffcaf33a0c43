"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, describedBy } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { Spinner } from "@/components/ui/spinner";
import { ApiClientError } from "@/lib/api/client";
import type { Locale } from "@/lib/i18n/config";
import { useTranslate } from "@/lib/i18n/use-translate";
import { useSendGuestMessage } from "@/lib/messages/mutations";
import { checkEmailAddress } from "@/lib/messages/email-check";
import { ConfirmNotReady } from "./confirm-not-ready";

const NOT_READY = new Set(["pin_not_saved", "pin_disabled"]);

/**
 * Sends the message by e-mail in `language`, the one shown; the typed address stays whatever
 * happens, so a mistake is one edit away.
 */
export function EmailMessageForm({ endpoint, ready, language, onSent }: { endpoint: string; ready: boolean; language?: Locale; onSent?: () => void }) {
  const t = useTranslations("guestMessages.email");
  // The address check names the server schema's sentences, which live in the validation catalog.
  const tv = useTranslate("validation");
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
    setFieldError(checked.ok ? undefined : tv(checked.message.replace(/^validation\./, "")));
    if (!checked.ok) return;
    if (!ready && !confirmNotReady) return setConfirming(true);
    setConfirming(false);
    send.mutate({ to: checked.to, confirmNotReady, ...(language ? { language } : {}) }, {
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
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("form")}>
      <Field id={id} label={t("address")} error={fieldError}>
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
        {t("send")}
      </Button>
      {confirming ? <ConfirmNotReady action="send" busy={send.isPending} onConfirm={() => go(true)} onCancel={() => setConfirming(false)} /> : null}
      {sentTo && !send.isPending ? <Callout tone="good" role="status">{t("sent", { address: sentTo })}</Callout> : null}
      {error && !confirming ? <Callout tone="bad" role="alert" title={t("notSent")}>{error.message}</Callout> : null}
    </form>
  );
}
