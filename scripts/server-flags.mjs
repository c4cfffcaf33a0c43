/**
 * Node's flags for Keyhost's server, wherever it is started (`npm start`, the e2e suite, the bench,
 * docs/deploy.md). A heap limit: without one V8 lets the heap grow to a quarter of the machine's
 * memory before collecting in earnest, so an instance whose live data peaks at about 150 MB at
 * 50,000 codes held 0.5 to 0.85 GB after a burst. With it, V8 collects as the limit comes near;
 * docs/deploy.md says when to raise it. A `--max-old-space-size` in NODE_OPTIONS wins.
 */
export const HEAP_LIMIT_MB = 256;

/**
 * In demo mode on the built-in simulator (no Nuki client, no other Nuki address) the process is
 * Nuki too: the simulator's locks and codes share its heap (a 500-lock fleet alone takes about
 * 200 MB), so it runs without the limit.
 * @param {Record<string, string | undefined>} env
 */
export function serverNodeFlags(env = process.env) {
  const embedsSimulator = !env.NUKI_CLIENT_ID && !env.NUKI_API_URL;
  if (embedsSimulator || env.NODE_OPTIONS?.includes("--max-old-space-size")) return [];
  return [`--max-old-space-size=${HEAP_LIMIT_MB}`];
}
