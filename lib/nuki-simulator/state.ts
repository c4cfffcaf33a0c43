import { demoAuths, demoLocks, demoLog } from "./seed";
import { objectId } from "./ids";
import type { AuthFields, PendingOp, RecordedRequest, SimAuth, SimConfig, SimLock, SimLogEntry } from "./types";

const REQUEST_LOG_SIZE = 500;

type NewOp = PendingOp extends infer T ? (T extends PendingOp ? Omit<T, "opId" | "dueAt"> : never) : never;

/** Everything the simulated Nuki cloud knows; writes settle lazily against the injected clock. */
export class SimState {
  locks: SimLock[] = [];
  auths: SimAuth[] = [];
  pending: PendingOp[] = [];
  logs: SimLogEntry[] = [];
  requests: RecordedRequest[] = [];
  accessTokens = new Map<string, { accountId: number; expiresAt: number }>();
  refreshTokens = new Map<string, { accountId: number }>();
  codes = new Map<string, { clientId: string; redirectUri: string; accountId: number; expiresAt: number }>();

  constructor(
    readonly now: () => number,
    public config: SimConfig,
  ) {
    this.reseed();
  }

  reseed() {
    this.locks = demoLocks();
    this.auths = demoAuths(this.locks, new Date(this.now()));
    this.logs = demoLog(this.auths);
    this.pending = [];
    this.requests = [];
  }

  record(request: Omit<RecordedRequest, "at">) {
    this.requests.push({ ...request, at: new Date(this.now()).toISOString() });
    if (this.requests.length > REQUEST_LOG_SIZE) this.requests.splice(0, this.requests.length - REQUEST_LOG_SIZE);
  }

  lock(smartlockId: number): SimLock | undefined {
    return this.locks.find((l) => l.smartlockId === smartlockId);
  }

  /** Applies every accepted write whose delay has passed, on locks that are online. */
  settle() {
    const now = this.now();
    const remaining: PendingOp[] = [];
    for (const op of this.pending) {
      if (op.dueAt > now || this.lock(op.smartlockId)?.serverState !== 0) remaining.push(op);
      else this.apply(op);
    }
    this.pending = remaining;
  }

  private apply(op: PendingOp) {
    const stamp = new Date(this.now()).toISOString();
    if (op.kind === "create") {
      const authIds = this.auths.filter((a) => a.smartlockId === op.smartlockId).map((a) => a.authId);
      this.auths.push({
        id: objectId(),
        smartlockId: op.smartlockId,
        authId: Math.max(0, ...authIds) + 1,
        type: 13,
        ...op.fields,
        creationDate: stamp,
        updateDate: stamp,
      });
    } else if (op.kind === "update") {
      const auth = this.auths.find((a) => a.id === op.authId);
      if (auth) Object.assign(auth, clearTimes(), op.fields, { updateDate: stamp });
    } else {
      this.auths = this.auths.filter((a) => a.id !== op.authId);
    }
  }

  queue(op: NewOp) {
    this.pending.push({ ...op, opId: objectId(), dueAt: this.now() + this.config.propagationDelayMs } as PendingOp);
  }

  pendingFor(authId: string): PendingOp | undefined {
    return this.pending.find((op) => op.kind !== "create" && op.authId === authId);
  }

  /** Codes on the lock, including creates and updates still on their way. */
  codesOn(smartlockId: number, exceptAuthId?: string): Set<number> {
    const codes = new Set(this.auths.filter((a) => a.smartlockId === smartlockId && a.id !== exceptAuthId).map((a) => a.code));
    for (const op of this.pending) {
      if (op.smartlockId === smartlockId && op.kind !== "delete" && !(op.kind === "update" && op.authId === exceptAuthId)) codes.add(op.fields.code);
    }
    return codes;
  }
}

/** What an update without time fields leaves behind: Nuki clears the whole restriction. */
function clearTimes(): Partial<AuthFields> {
  return { allowedFromDate: undefined, allowedUntilDate: undefined, allowedWeekDays: 0, allowedFromTime: 0, allowedUntilTime: 0 };
}
