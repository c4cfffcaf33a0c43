import type { APIRequestContext } from "@playwright/test";

/** The simulator keeps only this many of the REST requests it received. */
const REQUEST_LOG_SIZE = 500;

const WRITES = new Set(["PUT", "POST", "PATCH", "DELETE"]);

interface LoggedRequest {
  method: string;
  path: string;
  time: string;
  body?: unknown;
}

interface LogState {
  now: string;
  requests: LoggedRequest[];
}

/**
 * Watches the simulator's request log for writes to keypad auths. The log is a ring of the last
 * 500 requests, so a fixed index goes stale within a few hundred fuzz requests: entries are told
 * apart by the simulator's clock instead, and the ring is read often enough that nothing new
 * falls out of it between two reads.
 */
export class AuthWriteWatch {
  private since = "";
  private lastRead = "";

  constructor(private readonly request: APIRequestContext) {}

  async start() {
    const state = await this.read();
    this.since = state.now;
    this.lastRead = state.now;
  }

  /** Throws if the log may have lost entries since the last read, or shows an auth write. */
  async check(): Promise<void> {
    const state = await this.read();
    const log = state.requests;
    const oldest = log[0];
    if (log.length >= REQUEST_LOG_SIZE && oldest && oldest.time >= this.lastRead) {
      throw new Error(`The simulator's request log turned over since ${this.lastRead}: read it more often.`);
    }
    const writes = log.filter((r) => r.time >= this.since && WRITES.has(r.method) && r.path.includes("/auth"));
    if (writes.length) {
      const list = writes.map((r) => `${r.time} ${r.method} ${r.path} ${JSON.stringify(r.body ?? null)}`).join("\n");
      throw new Error(`The fuzz reached Nuki with ${writes.length} keypad auth write(s):\n${list}`);
    }
    this.lastRead = state.now;
  }

  private async read(): Promise<LogState> {
    const response = await this.request.get("/sim/_control/state");
    if (!response.ok()) throw new Error(`simulator state: ${response.status()}`);
    return (await response.json()) as LogState;
  }
}
