"use client";

import { useQuery } from "@tanstack/react-query";
import { Suspense, useEffect, useState } from "react";
import Link from "next/link";
import { LockNotFound } from "./lock-not-found";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/api/client";
import { lazyPart } from "@/components/ui/lazy-part";
import { lockQueryOptions } from "@/lib/locks/queries";
import { NO_KEYPAD_HELP } from "@/lib/locks/wording";
import { Button } from "@/components/ui/button";
import { PinActions } from "@/components/pins/pin-actions";
import type { EditorState } from "@/components/pins/pin-editor-dialog";
import { PinList } from "@/components/pins/pin-list";
import { PinStatusAnnouncer } from "@/components/pins/pin-status-announcer";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { LockSettingsPanel } from "./lock-settings-panel";
import { AttentionFixesLater } from "@/components/attention/attention-fixes-later";
import { AttentionList } from "@/components/attention/attention-list";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { LockHeader } from "./lock-header";
import { ConfirmTimesNote } from "./confirm-times";

/**
 * The editor (form, validation rules, time-zone maths) is not needed to show the lock: it loads
 * after the page, while the host reads it, and is in place by the time "New PIN" is pressed.
 */
const PinEditorDialog = lazyPart(() => import("@/components/pins/pin-editor-dialog").then((m) => m.PinEditorDialog));
/** The settings are behind a closed disclosure: their code loads with the editor, or when it is opened. */
const LockSettings = lazyPart(() => import("./lock-settings").then((m) => m.LockSettings));
const EDITOR_PRELOAD_MS = 1_000;

export function LockDetail({ lockId }: { lockId: number }) {
  const { data: lock, error, isPending, refetch } = useQuery(lockQueryOptions(lockId));
  const { data: pins = [] } = useQuery(pinsQueryOptions(lockId));
  const { data: attention } = useQuery(attentionQueryOptions());
  const problems = attention?.items.filter((item) => item.lockId === lockId) ?? [];
  const [editor, setEditorState] = useState<EditorState>(null);
  // The editor and the settings mount a second after the page, or when first needed, then stay:
  // the editor's native dialog closes itself and gives focus back to the opener.
  const [editorMounted, setEditorMounted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setEditorMounted(true), EDITOR_PRELOAD_MS);
    return () => clearTimeout(timer);
  }, []);
  const setEditor = (state: EditorState) => {
    if (state) setEditorMounted(true);
    setEditorState(state);
  };
  if (isPending) return <Skeleton className="h-32 w-full" />;
  if (error) {
    if (error instanceof ApiClientError && error.status === 404) {
      return <LockNotFound />;
    }
    return <QueryError title="Could not load this lock" error={error} onRetry={() => void refetch()} />;
  }
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb">
        <Link href="/locks" className="inline-flex min-h-touch items-center text-sm text-indigo-700 hover:underline">
          ← All locks
        </Link>
      </nav>
      <LockHeader lock={lock} />
      <AttentionList items={problems} Fixes={AttentionFixesLater} title="Needs attention on this lock" showOpen={false} />
      <section aria-labelledby="pins-title" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id="pins-title" className="text-lg font-semibold">Keypad PINs</h2>
          <Button onClick={() => setEditor({ mode: "create" })} disabled={!lock.keypad.paired} aria-describedby={lock.keypad.paired ? undefined : "no-keypad-reason"}>
            New PIN
          </Button>
        </div>
        {!lock.keypad.paired ? (
          <p id="no-keypad-reason" className="text-sm text-amber-900">
            {NO_KEYPAD_HELP}
          </p>
        ) : null}
        <ConfirmTimesNote lockId={lock.id} pins={pins} />
        <PinList
          lock={lock}
          renderActions={(pin) => <PinActions lockId={lock.id} lockZone={lock.timeZone} pin={pin} onEdit={() => setEditor({ mode: "edit", pin })} />}
        />
        <PinStatusAnnouncer lockId={lock.id} />
        {editorMounted ? (
          <Suspense fallback={null}>
            <PinEditorDialog lockId={lock.id} lockZone={lock.timeZone} pins={pins} state={editor} onClose={() => setEditor(null)} />
          </Suspense>
        ) : null}
      </section>
      <LockSettingsPanel onOpen={() => setEditorMounted(true)}>
        {editorMounted ? (
          <Suspense fallback={<p role="status" className="text-sm text-slate-600">Loading the lock&apos;s settings…</p>}>
            <LockSettings lock={lock} pins={pins} />
          </Suspense>
        ) : null}
      </LockSettingsPanel>
    </div>
  );
}
