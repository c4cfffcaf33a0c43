import path from "node:path";
import { serverNodeFlags } from "../../scripts/server-flags.mjs";

/**
 * How the e2e suite starts Keyhost: the self-contained server `next build` writes with
 * `output: "standalone"`, started exactly as docs/deploy.md says. `next start` still answers with
 * that output but Next warns it is not supported, so every spec's server starts here, in one place.
 */

const ROOT = path.resolve(__dirname, "../..");

/**
 * The shell command of docs/deploy.md: copy the static files and `public` next to the server (the
 * standalone output leaves them out, a CDN may serve them instead), then run its server.js. The
 * copies are idempotent. Node's flags are the ones `npm start` gives a server with this
 * environment (scripts/server-flags.mjs). HOSTNAME is set because many shells export the machine's
 * name in it, and server.js would listen on that name only.
 */
export function standaloneCommand(env: Record<string, string | undefined>): string {
  const node = ["node", ...serverNodeFlags(env), ".next/standalone/server.js"].join(" ");
  return `cp -r public .next/standalone/ && cp -r .next/static .next/standalone/.next/ && HOSTNAME=0.0.0.0 exec ${node}`;
}

/**
 * The environment server.js reads besides Keyhost's own: its port. server.js changes into its own
 * folder, so a data directory must be absolute (a relative one would land inside the build).
 */
export function standaloneEnv(port: number, dataDir: string): Record<string, string> {
  return { PORT: String(port), KEYHOST_DATA_DIR: path.resolve(ROOT, dataDir) };
}

export const STANDALONE_CWD = ROOT;
