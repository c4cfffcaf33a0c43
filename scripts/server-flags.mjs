/**
 * Node's flags for Keyhost's server, wherever it is started (`npm start`, the e2e suite, the bench,
 * docs/deploy.md). A heap limit: without one V8 lets the heap grow to a quarter of the machine's
 * memory before collecting in earnest, so an instance that needs about 150 MB at 50,000 codes held
 * 0.5 to 0.85 GB after a burst. With it, V8 collects as the limit comes near; `docs/deploy.md` says
 * when to raise it. A `--max-old-space-size` in NODE_OPTIONS wins.
 */
export const HEAP_LIMIT_MB = 256;

/** @param {NodeJS.ProcessEnv} env */
export function serverNodeFlags(env = process.env) {
  return env.NODE_OPTIONS?.includes("--max-old-space-size") ? [] : [`--max-old-space-size=${HEAP_LIMIT_MB}`];
}
