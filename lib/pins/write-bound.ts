/**
 * How long a write may take before the host is told it is taking longer than usual: half the
 * confirmation window, at most 30 s, so the warning comes well before the write is given up.
 */
export function usualWriteBoundMs(policy: { confirmWindowMs: number }): number {
  return Math.min(30_000, Math.max(1_000, Math.round(policy.confirmWindowMs / 2)));
}
