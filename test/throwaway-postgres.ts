import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export function findBin(name: string): string {
  const fromPath = process.env.PATH?.split(":").map((d) => path.join(d, name)).find((p) => existsSync(p));
  if (fromPath) return fromPath;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort().reverse() : [];
  const found = versions.map((v) => path.join(root, v, "bin", name)).find((p) => existsSync(p));
  if (!found) throw new Error(`PostgreSQL's ${name} was not found: install PostgreSQL 15 (apt-get install postgresql) to run the database tests.`);
  return found;
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** PostgreSQL refuses to run as root; run it as the `postgres` user then. */
const asDbUser = (bin: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];

/** A throw-away PostgreSQL cluster in a temporary directory: its URL, and `stop` to remove it. */
export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "keyhost-pg-"));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
  const data = path.join(dir, "data");
  const [initCmd, initArgs] = asDbUser(findBin("initdb"), ["-D", data, "-A", "trust", "-U", "keyhost", "--no-sync"]);
  execFileSync(initCmd, initArgs, { stdio: "ignore" });
  const port = await freePort();
  const [cmd, args] = asDbUser(findBin("postgres"), ["-D", data, "-p", String(port), "-k", dir, "-h", "127.0.0.1", "-c", "fsync=off"]);
  const server = spawn(cmd, args, { stdio: "ignore" });
  const url = `postgres://keyhost@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => server.once("exit", r));
      // runuser does not pass signals on: stop the postmaster itself ("fast" shutdown on SIGINT).
      const postmaster = Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(postmaster, "SIGINT");
      const killLater = setTimeout(() => process.kill(postmaster, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(killLater);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
