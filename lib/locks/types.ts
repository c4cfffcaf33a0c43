/** The lock as Keyhost's JSON API and UI see it. */
export type ServerState = "ok" | "unregistered" | "authUuidInvalid" | "authInvalid" | "offline" | "unknown";

export interface Lock {
  id: number;
  name: string;
  /** Human model name derived from Nuki's `type`. */
  model: string;
  online: boolean;
  serverState: ServerState;
  keypad: { paired: boolean; kind: "Keypad" | "Keypad 2" | null };
  battery: { critical: boolean; charge: number | null };
  keypadBatteryCritical: boolean;
  /** IANA zone from Nuki's integer `timezoneId`. */
  timeZone: string;
  pinCount: number;
  /** Lock and door state in words ("locked", "door closed"), null when Nuki does not report it. */
  lockState: string | null;
  doorState: string | null;
  /** ISO instant Nuki last heard from the lock; its state is as of then when offline. */
  lastSeenAt: string | null;
}

/** A lock's own settings in Keyhost (the `lock_settings` row). */
export interface LockSettings {
  /** Re-apply the host's settings by itself as soon as drift is seen. */
  autoRepair: boolean;
  /** Delete PINs this many days after their window ended; null (or absent): never by itself. */
  cleanupAfterDays?: number | null;
}
