import { DEMO_CLIENT } from "@/lib/env/index.mjs";
import { handleControl } from "./control";
import { nukiError, SimError } from "./errors";
import { OAuthStore } from "./oauth-store";
import { settle } from "./propagation";
import { bodyForLog, readRequest, type SimRequest } from "./request";
import { dispatch } from "./router";
import { seedDemoData } from "./seed";
import type { NukiSimulatorOptions, OAuthClient, ReceivedRequest, SimData, SimulatorSettings } from "./types";

/** How many received REST requests the control API keeps. */
export const REQUEST_LOG_SIZE = 500;

export const DEFAULT_SETTINGS: SimulatorSettings = { tokenTtlSeconds: 3600, propagationDelayMs: 1500, latencyMs: 0 };

/**
 * A stand-in for api.nuki.io: OAuth 2 and the REST API over Web-standard Request/Response,
 * with Nuki's asynchronous writes driven by the injected clock.
 */
export class NukiSimulator {
  readonly now: () => number;
  readonly clients: OAuthClient[];
  readonly oauth = new OAuthStore();
  settings: SimulatorSettings;
  data: SimData;
  requests: ReceivedRequest[] = [];
  private readonly defaults: SimulatorSettings;
  private seq = 0;

  constructor(options: NukiSimulatorOptions = {}) {
    const { now, clients, ...settings } = options;
    this.now = now ?? Date.now;
    this.clients = clients ?? [{ id: DEMO_CLIENT.id, secret: DEMO_CLIENT.secret }];
    this.defaults = { ...DEFAULT_SETTINGS, ...dropUndefined(settings) };
    this.settings = { ...this.defaults };
    this.data = seedDemoData(this.now());
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /** Fresh demo data relative to now, default settings (with overrides), an empty request log. Logins survive. */
  reset(overrides: Partial<SimulatorSettings> = {}) {
    this.settings = { ...this.defaults, ...overrides };
    this.data = seedDemoData(this.now());
    this.requests = [];
  }

  async handle(request: Request, basePath: string): Promise<Response> {
    const req = await readRequest(request, basePath);
    if (!req) return nukiError(404, "Not found");
    if (req.path === "/_control" || req.path.startsWith("/_control/")) return handleControl(this, req);

    if (this.settings.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.settings.latencyMs));
    settle(this.data, this.now());
    let response: Response;
    try {
      response = await dispatch(this, req);
    } catch (error) {
      if (!(error instanceof SimError)) console.error("Nuki simulator failed on", req.method, req.path, error);
      response = error instanceof SimError ? nukiError(error.status, error.message) : nukiError(500, "Internal simulator error");
    }
    this.record(req, response.status);
    return response;
  }

  private record(req: SimRequest, status: number) {
    this.requests.push({
      method: req.method,
      path: req.path,
      query: Object.fromEntries(req.url.searchParams),
      body: bodyForLog(req),
      status,
      time: new Date(this.now()).toISOString(),
    });
    if (this.requests.length > REQUEST_LOG_SIZE) this.requests.splice(0, this.requests.length - REQUEST_LOG_SIZE);
  }
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const GLOBAL_KEY: unique symbol = Symbol.for("keyhost.nukiSimulator");

/** The process-wide simulator: Next may bundle this module several times, the instance lives on globalThis. */
export function getSimulator(config: NukiSimulatorOptions = {}): NukiSimulator {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: NukiSimulator };
  holder[GLOBAL_KEY] ??= new NukiSimulator(config);
  return holder[GLOBAL_KEY];
}
