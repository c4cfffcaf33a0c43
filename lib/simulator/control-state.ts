import "server-only";
import { pendingFor } from "./propagation";
import { toMyAccount, toSmartlock, toSmartlockAuth } from "./serialize";
import type { NukiSimulator } from "./simulator";

/** Everything the control API shows in `GET /_control/state`. */
export function controlState(sim: NukiSimulator) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const now = sim.now();
  const locks = [...sim.data.locks.values()];
  return {
    now: iso(now),
    config: { ...sim.settings },
    accounts: [...sim.data.accounts.values()].map(toMyAccount),
    locks: locks.map((lock) => toSmartlock(lock, now)),
    backOnline: locks.flatMap((lock) => (lock.backOnlineAt === undefined ? [] : [{ smartlockId: lock.smartlockId, at: iso(lock.backOnlineAt) }])),
    auths: [...sim.data.auths.values()].map((auth) => toSmartlockAuth(auth, pendingFor(sim.data, auth.id))),
    pending: sim.data.operations.map((op) => ({
      operationId: op.operationId,
      kind: op.kind,
      smartlockId: op.smartlockId,
      authId: op.kind === "create" ? undefined : op.authId,
      fields: op.kind === "delete" ? undefined : op.fields,
      sticky: op.kind === "delete" && op.sticky ? true : undefined,
      acceptedAt: iso(op.acceptedAt),
      dueAt: iso(op.dueAt),
      waitingForLock: sim.data.locks.get(op.smartlockId)?.serverState !== 0,
    })),
    requests: sim.requests,
    tokens: { accessTokens: [...sim.oauth.accessTokens.keys()], refreshTokens: [...sim.oauth.refreshTokens.keys()] },
    faults: sim.faults.snapshot(),
    webhooks: sim.webhooks.hooks,
    webhookDeliveries: sim.webhooks.deliveries,
  };
}
