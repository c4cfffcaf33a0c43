"use client";

import { useQuery } from "@tanstack/react-query";
import { Suspense, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { lazyPart } from "@/components/ui/lazy-part";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { guestMessageQueryOptions } from "@/lib/messages/queries";
import { CopyMessageButton } from "./copy-message-button";
import { ShareMessageButton } from "./share-message-button";

/**
 * The e-mail form's code is not in the page's first load: it starts loading when the panel mounts,
 * alongside the message, and the message shows once both are there, every control at once.
 */
const loadEmailForm = () => import("./email-message-form").then((m) => m.EmailMessageForm);
const EmailMessageForm = lazyPart(loadEmailForm);

function MessageLoading() {
  return (
    <div role="status" aria-label="Loading the message" className="space-y-2">
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-11 w-40" />
    </div>
  );
}

/**
 * The message for a guest, from any endpoint answering `GuestMessageView` (a PIN's or a stay's):
 * the text, copy, the share sheet where there is one, and e-mail where SMTP is set up.
 * `onDelivered` hears when the message shown was copied, shared or e-mailed.
 */
export function GuestMessagePanel({ endpoint, onDelivered }: { endpoint: string; onDelivered?: () => void }) {
  const textId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { data, error, isPending, isFetching, refetch } = useQuery(guestMessageQueryOptions(endpoint));
  useEffect(() => {
    // Errors are left to the form's own load, which waits for the signal when offline.
    loadEmailForm().catch(() => undefined);
  }, []);
  if (isPending) return <MessageLoading />;
  if (error) return <QueryError title="Could not load the message" error={error} onRetry={() => void refetch()} />;

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
        {data.ready ? null : (
          <Callout tone="warn" role="alert" title="The code may not work yet">
            <p data-testid="not-ready-reason">{data.notReadyReason}</p>
            <Button variant="secondary" className="mt-2" onClick={() => void refetch()} disabled={isFetching}>Check again</Button>
          </Callout>
        )}
        <div className="space-y-1">
          <label htmlFor={textId} className="block text-sm font-medium text-slate-800">Message</label>
          <p className="text-xs text-slate-600" data-testid="message-subject">Subject: {data.subject}</p>
          <textarea
            id={textId}
            ref={textRef}
            readOnly
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
          <EmailMessageForm endpoint={endpoint} ready={data.ready} onSent={delivered} />
        ) : (
          <p className="text-sm text-slate-600">E-mail is not set up on this Keyhost: copy or share the message instead.</p>
        )}
      </div>
    </Suspense>
  );
}
