import "server-only";
import type { AuthSession } from "@/lib/auth/session";
import { getWorld } from "@/lib/server/world";
import type { NukiClient } from "@/lib/nuki/client";
import type { PinContext } from "./service";

/** The PIN service's context for a signed-in request. */
export async function pinContext({ nuki, session, codeBudget }: { nuki: NukiClient; session: AuthSession; codeBudget?: () => Promise<void> }): Promise<PinContext> {
  const { engine, ledger } = await getWorld();
  return { nuki, accountId: session.accountId, actor: session.name ?? session.email ?? "Host", engine, ledger, codeBudget };
}
