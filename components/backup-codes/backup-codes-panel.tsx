"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { useChangeBackupCodes } from "@/lib/backup-codes/mutations";
import { backupCodesQueryOptions } from "@/lib/backup-codes/queries";
import { MAX_BACKUP_CODES, type BackupCode } from "@/lib/backup-codes/types";
import { storedText } from "@/lib/i18n/stored-text";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatLocalInstant } from "@/lib/time/format-instant";

function BackupRow({ backup }: { backup: BackupCode }) {
  const t = useTranslations("backupCodes");
  const locale = useLocale();
  // A door's problem is stored as a key: the code's own, or a refusal's from `errors`.
  const translators = { backupCodes: useTranslate("backupCodes"), errors: useTranslate("errors") };
  return (
    <li className="space-y-1 rounded-md border border-slate-200 p-3" data-testid="backup-code">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{backup.name}</span>
        <span className="font-mono text-lg tracking-widest" aria-label={t("codeLabel", { digits: backup.code.split("").join(" ") })}>{backup.code}</span>
        <Badge tone={backup.ready ? "good" : "warn"}>{backup.ready ? t("ready") : t("notReady")}</Badge>
      </div>
      <ul className="text-sm text-slate-600">
        {backup.doors.map((door) => (
          <li key={door.lockId}>
            {t("doorLine", {
              lock: door.lockName ?? t("removedLock"),
              state: door.status ? t(`door.${door.status}`) : door.problem ? storedText(door.problem, translators) : "",
            })}
          </li>
        ))}
      </ul>
      {backup.replaceAfter ? (
        <p className="text-sm text-slate-600">{t("replaceAfter", { when: formatLocalInstant(backup.replaceAfter, backup.zone, locale) })}</p>
      ) : null}
    </li>
  );
}

/** The property's backup codes, apart from guests' codes: each opens every door at all times. */
export function BackupCodesPanel({ propertyId }: { propertyId: string }) {
  const { data = [], isPending, error, refetch } = useQuery(backupCodesQueryOptions(propertyId));
  const change = useChangeBackupCodes(propertyId);
  const t = useTranslations("backupCodes");
  return (
    <Card>
      <section aria-labelledby="backup-heading" className="space-y-3">
        <h2 id="backup-heading" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {isPending ? (
          <p className="text-sm text-slate-600">{t("loading")}</p>
        ) : error ? (
          <QueryError title={t("loadError")} error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {data.length ? <ul className="space-y-2">{data.map((b) => <BackupRow key={b.id} backup={b} />)}</ul> : null}
            {/* Shown once the list is known, so the buttons say what they will do. */}
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => change.mutate("POST")} disabled={change.isPending || data.length >= MAX_BACKUP_CODES}>
                {data.length ? t("add") : t("turnOn")}
              </Button>
              {data.length ? (
                <Button variant="secondary" onClick={() => change.mutate("DELETE")} disabled={change.isPending}>
                  {data.length === 1 ? t("turnOff") : t("removeLast")}
                </Button>
              ) : null}
            </div>
          </>
        )}
        {change.error ? <Callout tone="bad" role="alert">{change.error.message}</Callout> : null}
      </section>
    </Card>
  );
}
