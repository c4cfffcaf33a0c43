import "server-only";
import { SimError, invalidParameter, json, noContent } from "./errors";
import type { SimEvent } from "./propagation";
import { isRecord, jsonBody } from "./request";
import { apiRoute, param, type ApiRequest, type Route } from "./route-types";
import { toSmartlock, toSmartlockAuth } from "./serialize";
import type { NukiSimulator } from "./simulator";
import { WEBHOOK_FEATURES, type DecentralWebhook, type WebhookFeature } from "./webhooks";

const SCOPE = ["webhook.decentral"];
/** Nuki demands https; plain http only to this machine, so tests and the demo can receive deliveries. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const isFeature = (value: unknown): value is WebhookFeature => WEBHOOK_FEATURES.includes(value as WebhookFeature);

function webhookUrl(value: unknown): string {
  if (value === undefined) throw new SimError(400, "The parameter 'webhookUrl' is required");
  if (typeof value !== "string" || !URL.canParse(value)) throw invalidParameter("webhookUrl", JSON.stringify(value));
  const url = new URL(value);
  if (url.protocol === "https:" || (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) return value;
  throw new SimError(400, `The supplied value '${String(value)}' for parameter 'webhookUrl' is not valid: it needs to be https`);
}

function features(value: unknown): WebhookFeature[] {
  if (value === undefined) throw new SimError(400, "The parameter 'webhookFeatures' is required");
  if (!Array.isArray(value) || !value.length || !value.every(isFeature)) throw invalidParameter("webhookFeatures", JSON.stringify(value));
  return [...new Set(value)];
}

/** The DecentralWebhook representation: the account it belongs to stays inside. */
function toDecentralWebhook({ id, secret, webhookUrl, webhookFeatures }: DecentralWebhook) {
  return { id, secret, webhookUrl, webhookFeatures };
}

function register(sim: NukiSimulator, req: ApiRequest): Response {
  const body = jsonBody(req);
  if (!isRecord(body)) throw new SimError(400, "The request body must be a JSON object");
  const hook = sim.webhooks.register(req.accountId, webhookUrl(body.webhookUrl), features(body.webhookFeatures));
  return json(toDecentralWebhook(hook));
}

function unregister(sim: NukiSimulator, req: ApiRequest): Response {
  const id = param(req, "id");
  if (!/^\d{1,9}$/.test(id)) throw invalidParameter("id", id);
  if (!sim.webhooks.remove(req.accountId, Number(id))) throw new SimError(404, "The decentral webhook was not found");
  return noContent();
}

export const webhookEndpoints: Route[] = [
  apiRoute("GET", "/api/decentralWebhook", SCOPE, (sim, req) => json(sim.webhooks.list(req.accountId).map(toDecentralWebhook))),
  apiRoute("PUT", "/api/decentralWebhook", SCOPE, register),
  apiRoute("DELETE", "/api/decentralWebhook/:id", SCOPE, unregister),
];

/** DEVICE_AUTHS for an auth change that reached its lock, DEVICE_STATUS for a lock's serverState, as Nuki shapes them. */
export function deliverEvents(sim: NukiSimulator, events: SimEvent[]) {
  if (!sim.webhooks.hooks.length) return;
  for (const event of events) {
    if (event.kind === "auth") {
      const lock = sim.data.locks.get(event.auth.smartlockId);
      if (!lock) continue;
      const smartlockAuth = { ...toSmartlockAuth(event.auth), accountId: lock.accountId };
      sim.webhooks.send(lock.accountId, { feature: "DEVICE_AUTHS", ...(event.deleted ? { deleted: true } : {}), smartlockAuth });
    } else {
      const { lock } = event;
      const { state } = toSmartlock(lock, event.at);
      sim.webhooks.send(lock.accountId, { feature: "DEVICE_STATUS", smartlockId: lock.smartlockId, state, serverState: lock.serverState, adminPinState: 0 });
    }
  }
}
