"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { useChangeBackupCodes } from "@/lib/backup-codes/mutations";
import { backupCodesQueryOptions } from "@/lib/backup-codes/queries";
import { MAX_BACKUP_CODES, type BackupCode } from "@/lib/backup-codes/types";

const DOOR_WORDS = { saved: "on the door", pending: "being saved", deleting: "being deleted", failed: "not saved", drifted: "changed on the lock" } as const;

function BackupRow({ backup }: { backup: BackupCode }) {
  return (
    <li className="space-y-1 rounded-md border border-slate-200 p-3" data-testid="backup-code">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{backup.name}</span>
        <span className="font-mono text-lg tracking-widest" aria-label={`Code ${backup.code.split("").join(" ")}`}>{backup.code}</span>
        <Badge tone={backup.ready ? "good" : "warn"}>{backup.ready ? "Ready on every door" : "Not on every door yet"}</Badge>
      </div>
      <ul className="text-sm text-slate-600">
        {backup.doors.map((door) => (
          <li key={door.lockId}>
            {door.lockName}: {door.status ? DOOR_WORDS[door.status] : door.problem}
          </li>
        ))}
      </ul>
      {backup.replaceAfter ? (
        <p className="text-sm text-slate-600">Given out or used: replaced with a new code after {new Date(backup.replaceAfter).toLocaleString()}.</p>
      ) : null}
    </li>
  );
}

/** The property's backup codes, apart from guests' codes: each opens every door at all times. */
export function BackupCodesPanel({ propertyId }: { propertyId: string }) {
  const { data = [], isPending, error, refetch } = useQuery(backupCodesQueryOptions(propertyId));
  const change = useChangeBackupCodes(propertyId);
  return (
    <Card>
      <section aria-labelledby="backup-heading" className="space-y-3">
        <h2 id="backup-heading" className="text-lg font-semibold">Backup codes</h2>
        <p className="text-sm text-slate-600">
          A backup code opens every door at all times, for a guest whose own code does not work. You can offer it from a stay&apos;s page; once given out or
          typed on a keypad, Keyhost replaces it after that stay. Each takes a place on every keypad.
        </p>
        {isPending ? (
          <p className="text-sm text-slate-600">Loading this property&apos;s backup codes…</p>
        ) : error ? (
          <QueryError title="Could not load the backup codes" error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {data.length ? <ul className="space-y-2">{data.map((b) => <BackupRow key={b.id} backup={b} />)}</ul> : null}
            {/* Shown once the list is known, so the buttons say what they will do. */}
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => change.mutate("POST")} disabled={change.isPending || data.length >= MAX_BACKUP_CODES}>
                {data.length ? "Add a backup code" : "Turn on backup codes"}
              </Button>
              {data.length ? (
                <Button variant="secondary" onClick={() => change.mutate("DELETE")} disabled={change.isPending}>
                  {data.length === 1 ? "Turn off backup codes" : "Remove the last backup code"}
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
