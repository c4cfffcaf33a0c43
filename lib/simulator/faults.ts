import "server-only";
import { z } from "zod";
import { seededRandom } from "./random";

/**
 * What can go wrong, globally and per lock. A lock's own setting wins field by field over the
 * global one; what neither sets falls back to FAULT_DEFAULTS (latency and propagation delay to
 * the simulator's settings). One seeded generator drives every roll, so a run is reproducible.
 */

const share = z.number().min(0).max(1);

export const faultsSchema = z
  .strictObject({
    smartlockId: z.number().int().positive().optional(),
    seed: z.number().int().min(0).max(0xffff_ffff).optional(),
    rate429: share.optional(),
    rate500: share.optional(),
    rateTimeout: share.optional(),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    timeoutMs: z.number().int().min(0).max(120_000).optional(),
    timeoutAppliesWrite: share.optional(),
    lockedWhilePending: z.boolean().optional(),
    rateDropWrite: share.optional(),
    rateStickyDelete: share.optional(),
    rateAppChange: share.optional(),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    propagationDelayMs: z.number().int().min(0).max(3_600_000).optional(),
  })
  .refine((f) => (f.rate429 ?? 0) + (f.rate500 ?? 0) + (f.rateTimeout ?? 0) <= 1, {
    message: "rate429 + rate500 + rateTimeout must not exceed 1: each call gets at most one of them",
  })
  .refine((f) => f.smartlockId !== undefined || (f.latencyMs === undefined && f.propagationDelayMs === undefined), {
    message: "latencyMs and propagationDelayMs are per lock here (with smartlockId); set them for all locks through /_control/config",
  });

export type FaultsInput = z.input<typeof faultsSchema>;
type FaultFields = Omit<z.output<typeof faultsSchema>, "smartlockId" | "seed">;

export const FAULT_DEFAULTS = {
  rate429: 0,
  rate500: 0,
  rateTimeout: 0,
  retryAfterSeconds: 1,
  timeoutMs: 20_000,
  timeoutAppliesWrite: 0.5,
  lockedWhilePending: false,
  rateDropWrite: 0,
  rateStickyDelete: 0,
  rateAppChange: 0,
};

export type FaultConfig = typeof FAULT_DEFAULTS & Pick<FaultFields, "latencyMs" | "propagationDelayMs">;

export const FAULT_KINDS = ["429", "500", "timeout", "timeoutAccepted", "423", "dropWrite", "stickyDelete", "appChange"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The fault settings of a body, without its addressing (smartlockId) and the generator's seed. */
function fields(input: z.output<typeof faultsSchema>): Partial<FaultFields> {
  return Object.fromEntries(Object.entries(input).filter(([key, v]) => v !== undefined && key !== "smartlockId" && key !== "seed"));
}

export class Faults {
  private global: Partial<FaultFields> = {};
  private readonly locks = new Map<number, Partial<FaultFields>>();
  private random: () => number;
  private seed: number;
  readonly injected = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;

  constructor(seed = Math.floor(Math.random() * 0xffff_ffff)) {
    this.seed = seed;
    this.random = seededRandom(seed);
  }

  /**
   * Replaces the global setting, or one lock's. Without any fault field it clears: one lock's
   * setting with `smartlockId`, everything without. A `seed` restarts the generator.
   */
  configure(raw: FaultsInput) {
    const input = faultsSchema.parse(raw);
    const given = fields(input);
    const empty = Object.keys(given).length === 0;
    if (input.seed !== undefined) {
      this.seed = input.seed;
      this.random = seededRandom(input.seed);
    }
    if (input.smartlockId !== undefined) {
      if (empty) this.locks.delete(input.smartlockId);
      else this.locks.set(input.smartlockId, given);
      return;
    }
    this.global = given;
    if (empty) this.locks.clear();
  }

  effective(smartlockId?: number): FaultConfig {
    const own = smartlockId === undefined ? {} : (this.locks.get(smartlockId) ?? {});
    return { ...FAULT_DEFAULTS, ...this.global, ...own };
  }

  /** True with probability `p`. Shares of 0 draw nothing, so turning one fault on leaves the others' sequence alone. */
  roll(p: number): boolean {
    return p > 0 && this.random() < p;
  }

  /** At most one of 429, 500 or timeout for a call, from a single draw. */
  requestFault(config: FaultConfig): "429" | "500" | "timeout" | undefined {
    if (config.rate429 + config.rate500 + config.rateTimeout <= 0) return undefined;
    const draw = this.random();
    if (draw < config.rate429) return "429";
    if (draw < config.rate429 + config.rate500) return "500";
    if (draw < config.rate429 + config.rate500 + config.rateTimeout) return "timeout";
    return undefined;
  }

  pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }

  count(kind: FaultKind) {
    this.injected[kind] += 1;
  }

  snapshot() {
    return {
      config: { seed: this.seed, global: this.effective(), locks: Object.fromEntries(this.locks) },
      injected: { ...this.injected },
    };
  }
}
