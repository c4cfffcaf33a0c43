"use client";

import { useQuery } from "@tanstack/react-query";
import { Suspense, useEffect, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/api/client";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import { lockQueryOptions } from "@/lib/locks/queries";
import { Button } from "@/components/ui/button";
import { PinActions } from "@/components/pins/pin-actions";
import type { EditorState } from "@/components/pins/pin-editor-dialog";
import { PinList } from "@/components/pins/pin-list";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { LockSettingsPanel } from "./lock-settings-panel";
import { LockHeader } from "./lock-header";

/**
 * The editor (form, validation rules, time-zone maths) is not needed to show the lock: it loads
 * after the page, while the host reads it, and is in place by the time "New PIN" is pressed.
 */
const PinEditorDialog = lazyPart(() => import("@/components/pins/pin-editor-dialog").then((m) => m.PinEditorDialog));
/** The settings are behind a closed disclosure: their code loads with the editor, or when it is opened. */
const LockSettings = lazyPart(() => import("./lock-settings").then((m) => m.LockSettings));
/**
 * Parts that show nothing until something happens (a problem, a status change to read out, the
 * lock's measured write times once fetched) load just after the page rather than with it.
 */
const LockProblems = lazyPart(() => import("./lock-problems").then((m) => m.LockProblems));
const LockWriteNotes = lazyPart(() => import("./lock-write-notes").then((m) => m.LockWriteNotes));
const LockNotFound = lazyPart(() => import("./lock-not-found").then((m) => m.LockNotFound));
const EDITOR_PRELOAD_MS = 1_000;

export function LockDetail({ lockId }: { lockId: number }) {
  const t = useTranslations("locks");
  const { data: lock, error, isPending, refetch } = useQuery(lockQueryOptions(lockId));
  const { data: pins = [] } = useQuery(pinsQueryOptions(lockId));
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
      return (
        <LaterPart fallback={<Skeleton className="h-32 w-full" />}>
          <LockNotFound />
        </LaterPart>
      );
    }
    return <QueryError title={t("couldNotLoadLock")} error={error} onRetry={() => void refetch()} />;
  }
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/locks" className="inline-flex min-h-touch items-center text-sm text-indigo-700 hover:underline">
          {t("allLocksBack")}
        </Link>
      </nav>
      <LockHeader lock={lock} />
      <LaterPart>
        <LockProblems lockId={lock.id} />
      </LaterPart>
      <section aria-labelledby="pins-title" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id="pins-title" className="text-lg font-semibold">{t("keypadPins")}</h2>
          <Button onClick={() => setEditor({ mode: "create" })} disabled={!lock.keypad.paired} aria-describedby={lock.keypad.paired ? undefined : "no-keypad-reason"}>
            {t("newPin")}
          </Button>
        </div>
        {!lock.keypad.paired ? (
          <p id="no-keypad-reason" className="text-sm text-amber-900">
            {t("noKeypadHelp")}
          </p>
        ) : null}
        <PinList
          lock={lock}
          renderActions={(pin) => <PinActions lockId={lock.id} lockZone={lock.timeZone} pin={pin} onEdit={() => setEditor({ mode: "edit", pin })} />}
        />
        {/* Below the list: a note that arrives after the page must not push the rows under a finger. */}
        <LaterPart>
          <LockWriteNotes lockId={lock.id} pins={pins} />
        </LaterPart>
        {editorMounted ? (
          <Suspense fallback={null}>
            <PinEditorDialog lockId={lock.id} lockZone={lock.timeZone} pins={pins} state={editor} onClose={() => setEditor(null)} />
          </Suspense>
        ) : null}
      </section>
      <LockSettingsPanel onOpen={() => setEditorMounted(true)}>
        {editorMounted ? (
          <Suspense fallback={<p role="status" className="text-sm text-slate-600">{t("loadingSettings")}</p>}>
            <LockSettings lock={lock} pins={pins} />
          </Suspense>
        ) : null}
      </LockSettingsPanel>
    </div>
  );
}
