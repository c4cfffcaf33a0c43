import { handleControl } from "./control";
import { detailError, notFound } from "./errors";
import { authorizeDecision, authorizePage, bearerAccount, token, type OAuthClient } from "./oauth";
import { handleRest } from "./rest";
import { SimState } from "./state";
import type { SimConfig } from "./types";

export interface SimulatorOptions {
  tokenTtlSeconds: number;
  propagationDelayMs: number;
  latencyMs?: number;
  clients: OAuthClient[];
  now?: () => number;
}

async function readBody(request: Request): Promise<{ json?: unknown; form?: URLSearchParams; invalid?: boolean }> {
  const text = await request.text();
  if (!text) return {};
  if ((request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) return { form: new URLSearchParams(text) };
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { invalid: true };
  }
}

/** A stand-in for api.nuki.io: its OAuth and REST API over Web-standard Request/Response. */
export class NukiSimulator {
  readonly state: SimState;
  private readonly defaults: SimConfig;
  private readonly clients: OAuthClient[];

  constructor(options: SimulatorOptions) {
    this.defaults = { tokenTtlSeconds: options.tokenTtlSeconds, propagationDelayMs: options.propagationDelayMs, latencyMs: options.latencyMs ?? 0 };
    this.clients = options.clients;
    this.state = new SimState(options.now ?? Date.now, { ...this.defaults });
  }

  async handle(request: Request, basePath: string): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const segments = path.split("/").filter(Boolean);
    const method = request.method.toUpperCase();
    const body = await readBody(request);
    if (segments[0] === "_control") return handleControl(this.state, method, segments.slice(1), body.json, this.defaults);

    if (segments[0] === "oauth") {
      if (segments[1] === "token" && method === "POST") {
        this.state.record({ method, path, query: {} }); // never the body: it carries secrets
        return token(this.state, request, body.form ?? new URLSearchParams(), this.clients);
      }
      if (segments[1] === "authorize" && method === "GET") return authorizePage(url, basePath, this.clients);
      if (segments[1] === "authorize" && method === "POST") return authorizeDecision(this.state, body.form ?? new URLSearchParams(), url, this.clients);
      return notFound();
    }

    this.state.record({ method, path, query: Object.fromEntries(url.searchParams), body: body.json });
    if (this.state.config.latencyMs > 0) await new Promise((r) => setTimeout(r, this.state.config.latencyMs));
    if (bearerAccount(this.state, request) === null) return detailError(401, "Your access token is not valid");
    if (body.invalid) return detailError(400, "The request body is not valid JSON");
    return handleRest({ state: this.state, method, segments, query: url.searchParams, body: body.json });
  }
}
