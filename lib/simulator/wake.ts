import "server-only";
import { nextDue } from "./propagation";
import type { NukiSimulator } from "./simulator";

/** setTimeout's ceiling; a later wake-up simply re-arms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Propagation is lazy, but a webhook must fire when a write lands, not when someone next calls.
 * While a webhook is registered, one real timer waits for the next due operation or comeback;
 * it is unref'd, so it never keeps a process alive.
 */
export class WakeTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private at: number | undefined;

  constructor(private readonly sim: NukiSimulator) {}

  schedule() {
    const next = this.sim.webhooks.hooks.length ? nextDue(this.sim) : undefined;
    if (next === this.at) return;
    this.cancel();
    if (next === undefined) return;
    this.at = next;
    this.timer = setTimeout(() => this.fire(), Math.min(Math.max(next - this.sim.now(), 0), MAX_TIMER_MS));
    (this.timer as { unref?: () => void }).unref?.();
  }

  cancel() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.at = undefined;
  }

  private fire() {
    this.timer = undefined;
    this.at = undefined;
    try {
      this.sim.settle();
    } catch (error) {
      console.error("Nuki simulator failed to apply due operations", error);
    }
  }
}
