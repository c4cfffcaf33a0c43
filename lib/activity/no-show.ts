export interface NoShowInput {
  /** Check-in: the stay's PIN becomes valid (UTC instant, ISO or ms). */
  validFrom: string | number;
  /** The PIN's first opening (UTC instant), or null when the guest never entered. */
  firstUsedAt: string | null;
  now: number;
  delayMinutes: number;
}

/**
 * A guest is a no-show once check-in plus the grace delay has passed without a single opening by
 * their PIN. An opening, however late, clears it: the host then knows the guest arrived.
 */
export function isNoShow({ validFrom, firstUsedAt, now, delayMinutes }: NoShowInput): boolean {
  const start = typeof validFrom === "number" ? validFrom : Date.parse(validFrom);
  if (!Number.isFinite(start) || firstUsedAt !== null) return false;
  return now >= start + delayMinutes * 60_000;
}
