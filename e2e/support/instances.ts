import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { STANDALONE_CWD, standaloneCommand, standaloneEnv } from "./standalone";

/**
 * Production app instances (the standalone server of the one build) on ports of their own, for the specs
 * that need more than the shared e2e server: several instances on one database, a standalone
 * simulator. Each runs in its own process group so it can be stopped, or killed, with all it started.
 */
export interface Instance {
  base: string;
  child: ChildProcess;
  logFile: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startInstance(port: number, dataDir: string, extraEnv: Record<string, string>): Instance {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["NUKI_CLIENT_ID", "NUKI_CLIENT_SECRET", "NUKI_API_URL", "DATABASE_URL", "KEYHOST_PUBLIC_URL", "SMTP_URL", "SMTP_FROM"]) delete env[key];
  // An empty account unless a spec asks for the demo's calendars.
  Object.assign(env, { NODE_ENV: "production", NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1", DEMO_CALENDARS: "off", ...standaloneEnv(port, dataDir), ...extraEnv });
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, "server.log");
  const out = createWriteStream(logFile);
  const child = spawn("sh", ["-c", standaloneCommand(env)], { cwd: STANDALONE_CWD, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return { base: `http://localhost:${port}`, child, logFile };
}

/** Resolves once the instance answers its health check with 200 (or throws with its log's tail). */
export async function healthy(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (instance.child.exitCode !== null) throw new Error(`${instance.base} exited with ${instance.child.exitCode}:\n${tail(instance)}`);
    try {
      if ((await fetch(`${instance.base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${instance.base} was not healthy within ${timeoutMs} ms:\n${tail(instance)}`);
    await sleep(250);
  }
}

export function tail(instance: Instance, lines = 30): string {
  try {
    return readFileSync(instance.logFile, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** SIGKILL to the whole process group: the instance dies mid-whatever, as a crashed machine would. */
export async function kill(instance: Instance, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((r) => instance.child.once("exit", r));
  try {
    process.kill(-instance.child.pid!, signal);
  } catch {
    return;
  }
  await Promise.race([exited, sleep(10_000)]);
}
