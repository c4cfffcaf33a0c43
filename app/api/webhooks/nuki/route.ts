import { env } from "@/lib/env/index.mjs";
import { getDb } from "@/lib/db";
import { getWorld } from "@/lib/server/world";
import { webhookSecrets } from "@/lib/webhooks/register";
import { receiveWebhook } from "@/lib/api/webhook-receive";
import { deliveryLog } from "@/lib/shared";
import { createSharedReplayGuard } from "@/lib/webhooks/shared-replay";
import { methodNotAllowed } from "@/lib/api/method";

export const dynamic = "force-dynamic";

// One log for every instance on PostgreSQL (a replay to another instance is refused), this process's memory on SQLite.
const guard = createSharedReplayGuard(deliveryLog());

/**
 * Nuki's deliveries: no session and no Origin (Nuki is the caller), so the signature is the only
 * credential. A change on a lock makes its PINs due for a look at once.
 */
export async function POST(request: Request): Promise<Response> {
  const db = await getDb();
  return receiveWebhook(request, {
    secrets: () => webhookSecrets(db, env.authSecret),
    guard,
    async onDelivery(delivery) {
      if (delivery.kind === "ignored") return;
      const { engine, ledger } = await getWorld();
      await ledger.dueNow(delivery.smartlockId);
      void engine.tick();
    },
  });
}

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
