/**
 * What the health endpoint tells a load balancer about this instance's engine: running, and when
 * its last pass began. On globalThis because Next may bundle this module more than once.
 */
const holder = globalThis as { __keyhostEngineHealth?: { startedAt: number; lastPassAt: number | null } };

export function engineStarted(at = Date.now()) {
  holder.__keyhostEngineHealth = { startedAt: at, lastPassAt: null };
}

/** Called at the start of every pass with the accounts it will work; returns them unchanged. */
export function recordPass<T>(accounts: T, at = Date.now()): T {
  if (holder.__keyhostEngineHealth) holder.__keyhostEngineHealth.lastPassAt = at;
  return accounts;
}

export function engineHealth(): { running: boolean; startedAt: number | null; lastPassAt: number | null } {
  const state = holder.__keyhostEngineHealth;
  return { running: Boolean(state), startedAt: state?.startedAt ?? null, lastPassAt: state?.lastPassAt ?? null };
}
