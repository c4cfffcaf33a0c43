import { sql } from "kysely";
import { getDb } from "@/lib/db";
import { engineHealth } from "@/lib/engine/health";
import { env } from "@/lib/env/index.mjs";
import { methodNotAllowed } from "@/lib/api/method";

export const dynamic = "force-dynamic";

/** How long without an engine pass before this instance counts as unhealthy. */
const STALE_AFTER_MS = 60_000;
const DB_TIMEOUT_MS = 2_000;

async function databaseReachable(): Promise<boolean> {
  try {
    const probe = getDb().then((db) => sql`select 1`.execute(db));
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), DB_TIMEOUT_MS).unref?.());
    await Promise.race([probe, timeout]);
    return true;
  } catch {
    return false;
  }
}

/**
 * For a load balancer: public, no session, nothing secret (no URLs, versions or errors). 200 when
 * the database answers and the engine has run lately; 503 otherwise.
 */
export async function GET(): Promise<Response> {
  const database = await databaseReachable();
  const engine = engineHealth();
  const now = Date.now();
  const lastPassAt = engine.lastPassAt ?? engine.startedAt;
  const engineOk = engine.running && lastPassAt !== null && now - lastPassAt < Math.max(STALE_AFTER_MS, env.engineTickMs * 10);
  const ok = database && engineOk;
  return Response.json(
    {
      status: ok ? "ok" : "unavailable",
      database: database ? "reachable" : "unreachable",
      databaseKind: env.database.kind,
      engine: { running: engine.running, lastPassAt: engine.lastPassAt === null ? null : new Date(engine.lastPassAt).toISOString() },
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
