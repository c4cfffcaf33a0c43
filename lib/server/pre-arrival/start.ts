import "server-only";
import type { Kysely } from "kysely";
import type { GrantStore } from "@/lib/auth/grants";
import type { Database } from "@/lib/db/schema";
import { env } from "@/lib/env/index.mjs";
import { mailEnabled, sendMail } from "@/lib/mail";
import { createCheckRunner, type CheckRunnerDeps } from "./runner";

/** Starts this process's pre-arrival checks, mailing ALERT_EMAIL or else the account's Nuki e-mail. */
export function startCheckRunner(deps: Pick<CheckRunnerDeps, "engine" | "ledger" | "nukiFor"> & { db: Kysely<Database>; grants: GrantStore }) {
  return createCheckRunner({
    ...deps,
    appUrl: env.appUrl,
    // The simulator costs nothing to read: a door broken in the demo shows within seconds.
    everyMs: env.demoMode ? 5_000 : 60_000,
    mailer: { enabled: mailEnabled(), send: sendMail },
    async recipient(accountId) {
      if (env.alertEmail) return env.alertEmail;
      const grantId = await deps.grants.forAccount(accountId);
      const access = grantId ? await deps.grants.access(grantId) : null;
      return access?.status === "ok" ? access.email : null;
    },
    // The kind of failure only: never a code, an address or the mail server's password.
    onError: (error) => console.error("pre-arrival checks:", error instanceof Error ? error.message : "unknown error"),
  }).start();
}
