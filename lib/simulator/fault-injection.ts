import "server-only";
import { nukiError, SimError } from "./errors";
import type { FaultKind } from "./faults";
import { pendingFor } from "./propagation";
import type { SimRequest } from "./request";
import type { NukiSimulator } from "./simulator";
import type { PendingOperation, SimAuth } from "./types";

/** Where the configured faults strike: around a whole REST call, and on the writes it queues. */

const WRITES = new Set(["PUT", "POST", "DELETE"]);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function injected(sim: NukiSimulator, req: SimRequest, kind: FaultKind) {
  sim.faults.count(kind);
  req.faults.push(kind);
}

/**
 * 429 and 500 answer before the call is looked at. A timeout answers 504 only after `timeoutMs`
 * of real time; for a share of writes the write has happened anyway — the caller cannot tell.
 */
export async function withRequestFaults(sim: NukiSimulator, req: SimRequest, smartlockId: number | undefined, answer: () => Promise<Response>) {
  const config = sim.faults.effective(smartlockId);
  const fault = sim.faults.requestFault(config);
  if (!fault) return answer();
  injected(sim, req, fault);
  if (fault === "429") return nukiError(429, "Too many requests", { "Retry-After": String(config.retryAfterSeconds) });
  if (fault === "500") return nukiError(500, "An unexpected error occurred");
  if (WRITES.has(req.method) && sim.faults.roll(config.timeoutAppliesWrite)) {
    const unheard = await answer();
    if (unheard.ok) injected(sim, req, "timeoutAccepted");
  }
  await sleep(config.timeoutMs);
  return nukiError(504, "The request timed out");
}

/** Nuki's 423 for a write to an auth whose previous operation has not reached the lock yet. */
export function refuseWhilePending(sim: NukiSimulator, req: SimRequest, auth: SimAuth) {
  if (!sim.faults.effective(auth.smartlockId).lockedWhilePending || !pendingFor(sim.data, auth.id)) return;
  injected(sim, req, "423");
  throw new SimError(423, "The authorization is locked by an operation still in progress");
}

/** Accepted writes that go astray: creates and updates silently dropped, deletes that never happen. */
export function unreliable(sim: NukiSimulator, req: SimRequest, ops: PendingOperation[]): PendingOperation[] {
  return ops.filter((op) => {
    const config = sim.faults.effective(op.smartlockId);
    if (op.kind === "delete") {
      if (sim.faults.roll(config.rateStickyDelete)) {
        op.sticky = true;
        injected(sim, req, "stickyDelete");
      }
      return true;
    }
    if (!sim.faults.roll(config.rateDropWrite)) return true;
    injected(sim, req, "dropWrite");
    return false;
  });
}
