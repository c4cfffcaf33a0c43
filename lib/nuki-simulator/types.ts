/** The simulator's own records: shaped like Nuki's responses so they can be listed as they are. */
export interface SimLock {
  smartlockId: number;
  accountId: number;
  type: number;
  name: string;
  serverState: number;
  timezoneId: number;
  keypadPaired: boolean;
  keypad2Paired: boolean;
  batteryCritical: boolean;
  batteryCharge: number;
  keypadBatteryCritical: boolean;
  state: number;
  doorState: number;
}

export interface SimAuth {
  id: string;
  smartlockId: number;
  authId: number;
  type: number;
  name: string;
  code: number;
  enabled: boolean;
  remoteAllowed: boolean;
  allowedFromDate?: string;
  allowedUntilDate?: string;
  allowedWeekDays: number;
  allowedFromTime: number;
  allowedUntilTime: number;
  lastActiveDate?: string;
  creationDate: string;
  updateDate: string;
}

export type AuthFields = Pick<
  SimAuth,
  "name" | "code" | "enabled" | "remoteAllowed" | "allowedFromDate" | "allowedUntilDate" | "allowedWeekDays" | "allowedFromTime" | "allowedUntilTime"
>;

/** A write Nuki accepted (204) and applies only once the propagation delay has passed and the lock is online. */
export type PendingOp =
  | { opId: string; kind: "create"; smartlockId: number; fields: AuthFields; dueAt: number }
  | { opId: string; kind: "update"; smartlockId: number; authId: string; fields: AuthFields; dueAt: number }
  | { opId: string; kind: "delete"; smartlockId: number; authId: string; dueAt: number };

export interface SimLogEntry {
  id: string;
  smartlockId: number;
  authId: string;
  name: string;
  date: string;
  action: number;
  trigger: number;
  state: number;
  source: number;
}

export interface SimConfig {
  tokenTtlSeconds: number;
  propagationDelayMs: number;
  latencyMs: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  at: string;
}
