import "server-only";
import { processSingleton } from "@/lib/process/singleton";
import { DEMO_CLIENT } from "@/lib/env/index.mjs";
import { appCreateAuth, appDeleteAuth, appUpdateAuth, type AppAuthPatch } from "./app-changes";
import { handleControl } from "./control";
import { nukiError, SimError } from "./errors";
import { Faults, type FaultsInput } from "./faults";
import { patchLock, type LockPatch } from "./lock-status";
import { OAuthStore } from "./oauth-store";
import { settle, type SimEvent } from "./propagation";
import { readRequest } from "./request";
import { seedFleetData, type FleetSpec } from "./fleet";
import { seedDemoData } from "./seed";
import { serve } from "./serve";
import type { NukiSimulatorOptions, OAuthClient, ReceivedRequest, SimData, SimulatorSettings } from "./types";
import { WakeTimer } from "./wake";
import { deliverEvents } from "./webhook-endpoints";
import { WebhookRegistry } from "./webhooks";

/** How many received REST requests the control API keeps. */
export const REQUEST_LOG_SIZE = 500;

export const DEFAULT_SETTINGS: SimulatorSettings = { tokenTtlSeconds: 3600, propagationDelayMs: 1500, latencyMs: 0 };

/**
 * A stand-in for api.nuki.io: OAuth 2 and the REST API over Web-standard Request/Response,
 * with Nuki's asynchronous writes driven by the injected clock, injectable faults, and webhooks.
 */
export class NukiSimulator {
  readonly now: () => number;
  readonly clients: OAuthClient[];
  readonly oauth = new OAuthStore();
  settings: SimulatorSettings;
  data: SimData;
  requests: ReceivedRequest[] = [];
  /** Every request served since the last reset (the log above keeps only the last 500), by route. */
  counts = new RequestCounts();
  /** The fleet the data was seeded with, or null for the demo locks. */
  fleet: FleetSpec | null = null;
  faults = new Faults();
  webhooks: WebhookRegistry;
  private readonly defaults: SimulatorSettings;
  private readonly fetcher: () => typeof fetch;
  private readonly wake = new WakeTimer(this);
  private seq = 0;

  constructor(options: NukiSimulatorOptions = {}) {
    const { now, clients, fetch: injectedFetch, ...settings } = options;
    this.now = now ?? Date.now;
    this.clients = clients ?? [{ id: DEMO_CLIENT.id, secret: DEMO_CLIENT.secret }];
    this.fetcher = () => injectedFetch ?? globalThis.fetch;
    this.defaults = { ...DEFAULT_SETTINGS, ...dropUndefined(settings) };
    this.settings = { ...this.defaults };
    this.data = seedDemoData(this.now());
    this.webhooks = new WebhookRegistry(this.fetcher, this.now);
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /**
   * Fresh demo data (or a fleet of `fleet.locks` locks with `fleet.pinsPerLock` codes each), default
   * settings (with overrides), no faults, webhooks or logs. Logins survive.
   */
  reset(overrides: Partial<SimulatorSettings> = {}, fleet?: FleetSpec) {
    this.settings = { ...this.defaults, ...overrides };
    this.fleet = fleet ?? null;
    this.data = fleet ? seedFleetData(this.now(), fleet) : seedDemoData(this.now());
    this.requests = [];
    this.counts = new RequestCounts();
    this.faults = new Faults();
    this.webhooks = new WebhookRegistry(this.fetcher, this.now);
    this.wake.cancel();
  }

  propagationDelayFor(smartlockId: number): number {
    return this.faults.effective(smartlockId).propagationDelayMs ?? this.settings.propagationDelayMs;
  }

  /** Applies what is due by now, sends the webhooks for it, and re-arms the wake-up timer. */
  settle() {
    this.publish(settle(this));
    this.wake.schedule();
  }

  publish(events: SimEvent[]) {
    deliverEvents(this, events);
  }

  /** For tests on a fake clock: settle, then wait until every webhook delivery has an outcome. */
  async tick(): Promise<void> {
    this.settle();
    await this.webhooks.idle();
  }

  /** Stops the wake-up timer (tests that register webhooks on the real clock). */
  close() {
    this.wake.cancel();
  }

  setFaults(input: FaultsInput) {
    if (input.smartlockId !== undefined && !this.data.locks.has(input.smartlockId)) throw new SimError(404, `No lock ${input.smartlockId}`);
    this.faults.configure(input);
    this.wake.schedule(); // a lock's propagation delay may have changed
    return this.faults.snapshot();
  }

  clearFaults(smartlockId?: number) {
    return this.setFaults(smartlockId === undefined ? {} : { smartlockId });
  }

  patchLock(smartlockId: number, patch: LockPatch) {
    const lock = patchLock(this, smartlockId, patch);
    this.wake.schedule();
    return lock;
  }

  /** As if changed in the Nuki app: at once, logged with origin "nuki-app", DEVICE_AUTHS sent. */
  appUpdateAuth(id: string, patch: AppAuthPatch) {
    return appUpdateAuth(this, id, patch);
  }

  appDeleteAuth(id: string) {
    return appDeleteAuth(this, id);
  }

  appCreateAuth(smartlockId: number, body: Record<string, unknown>) {
    return appCreateAuth(this, smartlockId, body);
  }

  async handle(request: Request, basePath: string): Promise<Response> {
    const req = await readRequest(request, basePath);
    if (!req) return nukiError(404, "Not found");
    const isControl = req.path === "/_control" || req.path.startsWith("/_control/");
    const response = isControl ? handleControl(this, req) : await serve(this, req);
    this.wake.schedule();
    return response;
  }

  log(entry: Omit<ReceivedRequest, "time">) {
    this.counts.add(entry.method, entry.path);
    this.requests.push({ ...entry, time: new Date(this.now()).toISOString() });
    if (this.requests.length > REQUEST_LOG_SIZE) this.requests.splice(0, this.requests.length - REQUEST_LOG_SIZE);
  }
}

/** Counts of served requests by route (`GET /smartlock/{id}/auth`): cheap to keep, cheap to read. */
export class RequestCounts {
  total = 0;
  readonly byRoute = new Map<string, number>();

  add(method: string, path: string) {
    this.total += 1;
    const route = `${method} ${path.replace(/\/[0-9a-f]{24}(?=\/|$)/g, "/{authId}").replace(/\/\d+(?=\/|$)/g, "/{id}")}`;
    this.byRoute.set(route, (this.byRoute.get(route) ?? 0) + 1);
  }

  snapshot() {
    return { total: this.total, byRoute: Object.fromEntries([...this.byRoute].sort(([a], [b]) => a.localeCompare(b))) };
  }
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The process-wide simulator: Next may bundle this module several times, the instance lives on globalThis. */
export function getSimulator(config: NukiSimulatorOptions = {}): NukiSimulator {
  return processSingleton("nukiSimulator", () => new NukiSimulator(config));
}
