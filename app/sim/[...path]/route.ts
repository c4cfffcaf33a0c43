import { env } from "@/lib/env/index.mjs";
import { getDb } from "@/lib/db";
import { getReadCache } from "@/lib/nuki/read-cache";
import { getSimulator } from "@/lib/simulator";
import { resetDemoCalendars } from "@/lib/simulator/calendars";

export const dynamic = "force-dynamic";

/** The built-in Nuki simulator, reached over HTTP exactly like api.nuki.io; mounted only in demo mode. */
async function handler(request: Request): Promise<Response> {
  if (!env.demoMode) {
    return Response.json(
      { error: { code: "not_found", message: "The Nuki simulator is only available in demo mode." } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  const response = await getSimulator(env.simulator).handle(request, "/sim");
  const pathname = new URL(request.url).pathname;
  if (response.ok && request.method === "POST" && pathname === "/sim/_control/reset") await forgetDemoPins();
  // A test or demo changed "Nuki" directly: the next page shows it, not a listing read before.
  if (response.ok && request.method !== "GET" && pathname.startsWith("/sim/_control/")) getReadCache().clear();
  return response;
}

/** A reset demo starts from its seed on both sides: the ledger forgets the old run and its webhook, properties and stays too. Sign-ins stay. */
async function forgetDemoPins() {
  const db = await getDb();
  resetDemoCalendars();
  for (const table of ["events", "pins", "lock_settings", "webhooks", "stay_pins", "stays", "property_locks", "properties", "calendar_feeds"] as const) await db.deleteFrom(table).execute();
}

export { handler as GET, handler as POST, handler as PUT, handler as DELETE };
