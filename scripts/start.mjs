#!/usr/bin/env node
/**
 * `npm start`: the standalone server of the last build, started as docs/deploy.md describes, from a
 * checkout. It copies the static files next to the server, keeps the data folder in the checkout (the
 * server changes into its own folder, where a relative one would be wiped by the next build) and
 * listens on every interface at PORT (default 3000), or on `-p <port>`.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { serverNodeFlags } from "./server-flags.mjs";

const root = process.cwd();
const server = path.join(root, ".next/standalone/server.js");
if (!existsSync(server)) {
  console.error("No build to start: run `npm run build` first.");
  process.exit(1);
}
cpSync(path.join(root, "public"), path.join(root, ".next/standalone/public"), { recursive: true });
cpSync(path.join(root, ".next/static"), path.join(root, ".next/standalone/.next/static"), { recursive: true });

const flag = process.argv.indexOf("-p");
const port = flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? "3000");
const env = {
  ...process.env,
  PORT: port,
  HOSTNAME: "0.0.0.0",
  KEYHOST_DATA_DIR: path.resolve(root, process.env.KEYHOST_DATA_DIR ?? ".data"),
};
const child = spawn(process.execPath, [...serverNodeFlags(), server], { env, stdio: "inherit" });
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
