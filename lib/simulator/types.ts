import "server-only";
/** The simulator's own state. Shapes mirror Nuki's where they are served as-is. */

export interface OAuthClient {
  id: string;
  secret: string;
  /** Exact redirect URIs. Without them, any `/api/auth/callback/nuki` on localhost or the simulator's own origin. */
  redirectUris?: string[];
}

/** What can change at run time through the control API. */
export interface SimulatorSettings {
  tokenTtlSeconds: number;
  propagationDelayMs: number;
  /** Artificial delay before every answer (real time, not the injected clock). */
  latencyMs: number;
}

export interface NukiSimulatorOptions extends Partial<SimulatorSettings> {
  now?: () => number;
  clients?: OAuthClient[];
  /** Sends webhook deliveries; the global `fetch` (looked up at send time) when absent. */
  fetch?: typeof fetch;
}

export interface SimAccount {
  accountId: number;
  type: number;
  email: string;
  emailVerified: boolean;
  name: string;
  language: string;
  creationDate: string;
  updateDate: string;
}

export interface SimLock {
  smartlockId: number;
  accountId: number;
  /** 0 Smart Lock 1/2, 1 Box, 2 Opener, 3 Smart Door, 4 Smart Lock 3.0+. */
  type: number;
  /** The account's own (app) authorization on the lock. */
  authId: number;
  name: string;
  favorite: boolean;
  timezoneId: number;
  /** The IANA zone of `timezoneId`; only used to compute the deprecated `timezoneOffset`. */
  zone: string;
  latitude: number;
  longitude: number;
  keypadPaired: boolean;
  keypad2Paired: boolean;
  /** 0 ok, 1 unregistered, 2 auth uuid invalid, 3 auth invalid, 4 offline. */
  serverState: number;
  batteryCharge: number;
  batteryCritical: boolean;
  keypadBatteryCritical: boolean;
  /** Lock state: 1 locked, 3 unlocked, … */
  state: number;
  /** 2 closed, 3 open, … */
  doorState: number;
  firmwareVersion: number;
  hardwareVersion: number;
  creationDate: string;
  updateDate: string;
  /** The next lock-side `authId` handed to a new authorization. */
  nextAuthId: number;
  /** When an offline lock comes back by itself (simulator clock). */
  backOnlineAt?: number;
}

/** The time restriction: replaced as a whole by every update. */
export interface TimeRestriction {
  allowedFromDate?: string;
  allowedUntilDate?: string;
  allowedWeekDays: number;
  allowedFromTime: number;
  allowedUntilTime: number;
}

export interface SimAuth extends TimeRestriction {
  /** 24-hex, used in paths. */
  id: string;
  smartlockId: number;
  /** Lock-side number. */
  authId: number;
  /** 0 app, 1 bridge, 2 fob, 3 keypad, 13 keypad code. */
  type: number;
  name: string;
  enabled: boolean;
  remoteAllowed: boolean;
  lockCount: number;
  code?: number;
  accountUserId?: number;
  lastActiveDate?: string;
  creationDate: string;
  updateDate: string;
}

/** A validated create: what the auth will look like, minus what the lock assigns. */
export interface AuthCreateFields extends TimeRestriction {
  type: number;
  name: string;
  enabled: boolean;
  remoteAllowed: boolean;
  code?: number;
  accountUserId?: number;
}

/** A validated update. Optional fields keep their value; the time restriction is always replaced. */
export interface AuthUpdateFields extends TimeRestriction {
  name: string;
  enabled?: boolean;
  remoteAllowed?: boolean;
  code?: number;
  accountUserId?: number;
}

interface OperationBase {
  operationId: string;
  /** Order of acceptance; operations on one lock apply in this order. */
  seq: number;
  smartlockId: number;
  acceptedAt: number;
  /** Earliest time the operation reaches the lock (if it is online then). */
  dueAt: number;
}

export type PendingOperation =
  | (OperationBase & { kind: "create"; fields: AuthCreateFields })
  | (OperationBase & { kind: "update"; authId: string; fields: AuthUpdateFields })
  | (OperationBase & { kind: "delete"; authId: string; /** Answered 204 but never carried out. */ sticky?: boolean });

export interface SimLogEntry {
  id: string;
  smartlockId: number;
  deviceType: number;
  authId?: string;
  name: string;
  action: number;
  trigger: number;
  state: number;
  autoUnlock: boolean;
  date: string;
  source: number;
}

/** What the simulator received, for tests that check what the app sent. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  time: string;
  /** Faults the simulator injected into this call. */
  faults?: string[];
  /** Set for changes made "in the Nuki app", which Keyhost did not send. */
  origin?: "nuki-app";
}

export interface SimData {
  accounts: Map<number, SimAccount>;
  locks: Map<number, SimLock>;
  auths: Map<string, SimAuth>;
  logs: SimLogEntry[];
  operations: PendingOperation[];
}
