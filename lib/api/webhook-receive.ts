import "server-only";
import { errorResponse } from "@/lib/api/errors";
import { DomainError } from "@/lib/errors/domain-error";
import { readRawBody } from "@/lib/api/raw-body";
import { parseDelivery, type ParsedDelivery } from "@/lib/webhooks/delivery";
import type { ReplayGuard } from "@/lib/webhooks/replay";
import type { SharedReplayGuard } from "@/lib/webhooks/shared-replay";
import { verifySignature } from "@/lib/webhooks/signature";

export const MAX_WEBHOOK_BYTES = 64 * 1024;

export const SIGNATURE_HEADER = "x-nuki-signature-sha256";

export interface ReceiveWebhookDeps {
  /** The secrets Nuki returned at registration; empty when no webhook is registered. */
  secrets: () => Promise<string[]> | string[];
  guard: ReplayGuard | SharedReplayGuard;
  onDelivery: (delivery: ParsedDelivery) => Promise<void> | void;
  maxBytes?: number;
}

function decodeJson(raw: Uint8Array): unknown {
  try {
    // `fatal` so bytes that are not UTF-8 are refused instead of silently replaced.
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw new DomainError("invalid_delivery", "webhookNotJson");
  }
}

/**
 * Handles one Nuki webhook POST. Order matters: nothing about the body is parsed or
 * remembered before its signature is proven, and a refused delivery leaves no trace.
 * Bodies are never logged: auth deliveries carry keypad codes.
 */
export async function receiveWebhook(request: Request, deps: ReceiveWebhookDeps): Promise<Response> {
  let claimed: Uint8Array | undefined;
  try {
    // Checked before reading, so a disabled endpoint looks absent and never reads a body.
    const secrets = (await deps.secrets()).filter((secret) => secret.length > 0);
    if (secrets.length === 0) {
      throw new DomainError("webhooks_disabled", "webhooksDisabled");
    }
    const raw = await readRawBody(request, deps.maxBytes ?? MAX_WEBHOOK_BYTES);
    if (!verifySignature(raw, request.headers.get(SIGNATURE_HEADER), secrets)) {
      throw new DomainError("invalid_signature", "webhookBadSignature");
    }
    const json = decodeJson(raw);
    const delivery = parseDelivery(json);
    const verdict = await deps.guard.claim(raw, json);
    if (verdict.replay) {
      throw new DomainError("replayed", "webhookReplayed");
    }
    claimed = raw;
    await deps.onDelivery(delivery);
    return new Response(null, { status: 204 });
  } catch (error) {
    // A delivery the app failed to handle must not block Nuki's retry of it.
    if (claimed) await deps.guard.release(claimed);
    return errorResponse(error);
  }
}
