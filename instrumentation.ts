/** Starts the engine with the server, so unfinished PIN changes resume without waiting for a visitor. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getWorld } = await import("@/lib/server/world");
  await getWorld();
}
