import "server-only";
import { randomToken } from "./random";

/**
 * Nuki's decentral webhooks: registered per account, each with its own secret. Deliveries are
 * signed (X-Nuki-Signature-SHA256, HMAC-SHA256 of the raw body) and fire-and-forget; one
 * webhook's deliveries go out one after another, in the order things happened.
 */

export const WEBHOOK_FEATURES = ["DEVICE_STATUS", "DEVICE_MASTERDATA", "DEVICE_CONFIG", "DEVICE_LOGS", "DEVICE_AUTHS", "ACCOUNT_USER"] as const;
export type WebhookFeature = (typeof WEBHOOK_FEATURES)[number];

export const DELIVERY_LOG_SIZE = 200;
/** A receiver that does not answer within this long counts as failed, so one slow receiver cannot pile up deliveries. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface DecentralWebhook {
  id: number;
  accountId: number;
  webhookUrl: string;
  webhookFeatures: WebhookFeature[];
  secret: string;
}

export interface WebhookDelivery {
  webhookId: number;
  url: string;
  feature: string;
  status?: number;
  error?: string;
  /** When it was sent, on the simulator's clock. */
  at: string;
}

export async function signature(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(body));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
}

export class WebhookRegistry {
  readonly hooks: DecentralWebhook[] = [];
  readonly deliveries: WebhookDelivery[] = [];
  private nextId = 1;
  private readonly queues = new Map<number, Promise<void>>();

  constructor(
    private readonly fetcher: () => typeof fetch,
    private readonly now: () => number,
  ) {}

  register(accountId: number, webhookUrl: string, webhookFeatures: WebhookFeature[]): DecentralWebhook {
    const hook = { id: this.nextId++, accountId, webhookUrl, webhookFeatures, secret: randomToken() };
    this.hooks.push(hook);
    return hook;
  }

  list(accountId: number): DecentralWebhook[] {
    return this.hooks.filter((hook) => hook.accountId === accountId);
  }

  remove(accountId: number, id: number): boolean {
    const index = this.hooks.findIndex((hook) => hook.id === id && hook.accountId === accountId);
    if (index < 0) return false;
    this.hooks.splice(index, 1);
    return true;
  }

  /** Posts `payload` to every webhook of the account subscribed to its feature; never waits, never throws. */
  send(accountId: number, payload: { feature: WebhookFeature } & Record<string, unknown>) {
    const body = JSON.stringify(payload);
    for (const hook of this.hooks) {
      if (hook.accountId !== accountId || !hook.webhookFeatures.includes(payload.feature)) continue;
      const queued = (this.queues.get(hook.id) ?? Promise.resolve()).then(() => this.post(hook, payload.feature, body));
      this.queues.set(hook.id, queued);
      void queued.then(() => {
        if (this.queues.get(hook.id) === queued) this.queues.delete(hook.id);
      });
    }
  }

  /** Resolves once every delivery queued so far has its outcome logged. */
  async idle(): Promise<void> {
    while (this.queues.size) await Promise.all([...this.queues.values()]);
  }

  private async post(hook: DecentralWebhook, feature: string, body: string) {
    if (!this.hooks.includes(hook)) return; // unregistered while queued
    const entry: WebhookDelivery = { webhookId: hook.id, url: hook.webhookUrl, feature, at: new Date(this.now()).toISOString() };
    try {
      const response = await this.fetcher()(hook.webhookUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Nuki-Signature-SHA256": await signature(hook.secret, body) },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      entry.status = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
    }
    this.deliveries.push(entry);
    if (this.deliveries.length > DELIVERY_LOG_SIZE) this.deliveries.splice(0, this.deliveries.length - DELIVERY_LOG_SIZE);
  }
}
