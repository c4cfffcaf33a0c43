"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Suspense, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { lazyPart } from "@/components/ui/lazy-part";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import type { Locale } from "@/lib/i18n/config";
import { useRememberMessageLanguage } from "@/lib/messages/mutations";
import { guestMessageQueryOptions } from "@/lib/messages/queries";
import { CopyMessageButton } from "./copy-message-button";
import { MessageLanguageSelect } from "./message-language-select";
import { ShareMessageButton } from "./share-message-button";

/**
 * The e-mail form's code is not in the page's first load: it starts loading when the panel mounts,
 * alongside the message, and the message shows once both are there, every control at once.
 */
const loadEmailForm = () => import("./email-message-form").then((m) => m.EmailMessageForm);
const EmailMessageForm = lazyPart(loadEmailForm);

function MessageLoading() {
  const t = useTranslations("guestMessages.panel");
  return (
    <div role="status" aria-label={t("loading")} className="space-y-2">
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-11 w-40" />
    </div>
  );
}

/**
 * The message for a guest, from any endpoint answering `GuestMessageView` (a PIN's or a stay's):
 * its language (the guest's, not the host's), the text, copy, the share sheet where there is one,
 * and e-mail where SMTP is set up. With `rememberLanguage` (a stay) a chosen language is kept on
 * the server, so the message opens in it again; otherwise it holds while the panel is open.
 * `onDelivered` hears when the message shown was copied, shared or e-mailed.
 */
export function GuestMessagePanel({ endpoint, onDelivered, rememberLanguage = false }: { endpoint: string; onDelivered?: () => void; rememberLanguage?: boolean }) {
  const t = useTranslations("guestMessages.panel");
  const textId = useId();
  const languageId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [language, setLanguage] = useState<Locale | undefined>();
  const remember = useRememberMessageLanguage(endpoint);
  const { data, error, isPending, isFetching: fetching, refetch } = useQuery(guestMessageQueryOptions(endpoint, rememberLanguage ? undefined : language));
  // While another language is on its way, the text shown is still the old one.
  const isFetching = fetching || remember.isPending;
  useEffect(() => {
    // Errors are left to the form's own load, which waits for the signal when offline.
    loadEmailForm().catch(() => undefined);
  }, []);
  if (isPending) return <MessageLoading />;
  if (error) return <QueryError title={t("loadError")} error={error} onRetry={() => void refetch()} />;

  // A message being fetched again (after a move, a door's change) may be about to change: what went
  // out while it loads may be the old text, so only a settled message counts as delivered.
  const delivered = () => {
    if (!isFetching) onDelivered?.();
  };

  const selectText = () => {
    const area = textRef.current;
    if (!area) return false;
    area.focus();
    area.select();
    try {
      // The old route to the clipboard, for browsers that refuse the Clipboard API here.
      return document.execCommand("copy");
    } catch {
      return false;
    }
  };

  return (
    <Suspense fallback={<MessageLoading />}>
      <div className="space-y-4" data-testid="guest-message">
        <div className="max-w-xs">
          <MessageLanguageSelect
            id={languageId}
            value={(remember.isPending ? remember.variables : language) ?? data.language}
            onChange={(next) => (rememberLanguage ? remember.mutate(next) : setLanguage(next))}
          />
          {remember.error ? <p role="alert" className="mt-1 text-sm text-red-700">{remember.error.message}</p> : null}
        </div>
        {data.ready ? null : (
          <Callout tone="warn" role="alert" title={t("notReadyTitle")}>
            <p data-testid="not-ready-reason">{data.notReadyReason}</p>
            <Button variant="secondary" className="mt-2" onClick={() => void refetch()} disabled={isFetching}>{t("checkAgain")}</Button>
          </Callout>
        )}
        <div className="space-y-1">
          <label htmlFor={textId} className="block text-sm font-medium text-slate-800">{t("message")}</label>
          <p className="text-xs text-slate-600" data-testid="message-subject">{t("subject", { subject: data.subject })}</p>
          <textarea
            id={textId}
            ref={textRef}
            readOnly
            lang={data.language}
            value={data.text}
            rows={Math.min(16, data.text.split("\n").length + 1)}
            className="block w-full resize-y rounded-lg border-0 px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-500"
          />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <CopyMessageButton text={data.text} selectText={selectText} onCopied={delivered} />
          <ShareMessageButton subject={data.subject} text={data.text} ready={data.ready} onShared={delivered} />
        </div>
        {data.email ? (
          <EmailMessageForm endpoint={endpoint} ready={data.ready} language={data.language} onSent={delivered} />
        ) : (
          <p className="text-sm text-slate-600">{t("noEmail")}</p>
        )}
      </div>
    </Suspense>
  );
}
