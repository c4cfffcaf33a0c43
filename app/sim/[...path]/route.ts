import { env } from "@/lib/env/index.mjs";
import { getSimulator } from "@/lib/simulator";

export const dynamic = "force-dynamic";

/** The built-in Nuki simulator, reached over HTTP exactly like api.nuki.io; mounted only in demo mode. */
async function handler(request: Request): Promise<Response> {
  if (!env.demoMode) {
    return Response.json(
      { error: { code: "not_found", message: "The Nuki simulator is only available in demo mode." } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  return getSimulator(env.simulator).handle(request, "/sim");
}

export { handler as GET, handler as POST, handler as PUT, handler as DELETE };
