import { DEMO_CLIENT, env } from "@/lib/env/index.mjs";
import { getSimulator } from "@/lib/nuki-simulator";

export const dynamic = "force-dynamic";

/** The built-in Nuki simulator, reachable over HTTP like api.nuki.io; only in demo mode. */
async function handle(request: Request): Promise<Response> {
  if (!env.demoMode) {
    return Response.json({ error: { code: "not_found", message: "The Nuki simulator runs only in demo mode." } }, { status: 404 });
  }
  const simulator = getSimulator({ ...env.simulator, clients: [DEMO_CLIENT] });
  return simulator.handle(request, "/sim");
}

export { handle as GET, handle as POST, handle as PUT, handle as DELETE };
