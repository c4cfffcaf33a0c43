import "server-only";
import { processSingleton } from "@/lib/process/singleton";

/** What the health endpoint tells a load balancer about this instance's engine: running, and when its last pass began. */
const state = () => processSingleton("engineHealth", () => ({ startedAt: null as number | null, lastPassAt: null as number | null }));

export function engineStarted(at = Date.now()) {
  Object.assign(state(), { startedAt: at, lastPassAt: null });
}

/** Called at the start of every pass with the accounts it will work; returns them unchanged. */
export function recordPass<T>(accounts: T, at = Date.now()): T {
  const health = state();
  if (health.startedAt !== null) health.lastPassAt = at;
  return accounts;
}

export function engineHealth(): { running: boolean; startedAt: number | null; lastPassAt: number | null } {
  const { startedAt, lastPassAt } = state();
  return { running: startedAt !== null, startedAt, lastPassAt };
}
