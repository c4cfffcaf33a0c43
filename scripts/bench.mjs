#!/usr/bin/env node
/**
 * Keyhost's performance benchmark: `npm run bench [-- options]`.
 *
 * Builds and starts the production app in demo mode on the built-in simulator with a fixed upstream
 * latency, seeds a fleet, signs in in Chromium, measures every budgeted metric over HTTP and in the
 * browser, and prints one table. Exits 1 when a budget fails (unless --no-fail).
 *
 * Options: --no-build  --no-fail  --latency=150  --samples=20  --idle-seconds=60
 *          --hidden-seconds=30  --pin-samples=5  --fleets=10x20,100x60,500x100  --json=<file>
 *          --sim=separate|inprocess  where the simulator runs: its own `next start` process (default,
 *          like Nuki's own servers: its CPU and memory are not Keyhost's) or inside the measured app
 *          --only=server,calls,concurrency,html,js,idle,pins,engine,memory  (a subset, while iterating)
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, createWriteStream } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, devices } from "@playwright/test";
import { measureFirstLoadJs, OWN_BUDGET_KB } from "./first-load-js.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------- options

/**
 * @typedef {{ locks: number, pinsPerLock: number }} Fleet
 * @typedef {{ status: number, headers: Headers, body: Buffer, ttfb: number, total: number }} Timed
 * @typedef {{ method?: string, headers?: Record<string, string>, body?: string }} RequestInit2
 * @typedef {ReturnType<typeof client>} Http
 * @typedef {{ child: import("node:child_process").ChildProcess, base: string, logFile: string }} Server
 * @typedef {{ fleet: string, metric: string, budget: string, unit: string, median: number | null, p95: number | null, n: number, pass: boolean | null, judged: "p95" | "median" | "max", note: string }} Result
 */

const GROUPS = ["server", "calls", "concurrency", "html", "js", "idle", "pins", "engine", "memory"];

/**
 * The scale fleet of issue 18 (500 locks × 100 PINs): its own budgets, relative to Nuki's round trip
 * rather than L, since listing 50,000 codes costs Nuki itself far more than L.
 * @param {Fleet} fleet
 */
const isScaleFleet = (fleet) => fleet.locks * fleet.pinsPerLock >= 50_000;
/** Memory budget of one instance (MB): 400 at the scale fleet, 300 at 100 × 60, none below. @param {Fleet} fleet */
const memoryBudgetMb = (fleet) => (isScaleFleet(fleet) ? 400 : fleet.locks * fleet.pinsPerLock >= 6_000 ? 300 : undefined);
/** The overview's uncached server time may be at most this multiple of Nuki's round trip for its two listings. */
const SCALE_OVERVIEW_RATIO = 1.15;

/** `READ_CACHE_TTL_MS` as the app has it, so a change there cannot leave the bench's cold samples warm. */
function readCacheTtlMs() {
  const source = readFileSync(path.join(ROOT, "lib/nuki/read-cache.ts"), "utf8");
  const match = /export const READ_CACHE_TTL_MS = ([\d_]+);/.exec(source);
  if (!match?.[1]) throw new Error("READ_CACHE_TTL_MS not found in lib/nuki/read-cache.ts");
  return Number(match[1].replaceAll("_", ""));
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = {
    build: true,
    fail: true,
    latency: 150,
    samples: 20,
    idleSeconds: 60,
    hiddenSeconds: 30,
    pinSamples: 5,
    propagationMs: 3000,
    fleets: [
      { locks: 10, pinsPerLock: 20 },
      { locks: 100, pinsPerLock: 60 },
      { locks: 500, pinsPerLock: 100 },
    ],
    /** @type {"separate" | "inprocess"} */
    sim: "separate",
    /** @type {string | null} */
    json: null,
    /** The app's server-side read cache lifetime, read from lib/nuki/read-cache.ts; the bench waits it out for cold samples. */
    cacheTtlMs: readCacheTtlMs(),
    /** @type {Set<string>} */
    only: new Set(GROUPS),
  };
  for (const arg of argv) {
    const [key, value = ""] = arg.replace(/^--/, "").split("=");
    switch (key) {
      case "no-build": options.build = false; break;
      case "no-fail": options.fail = false; break;
      case "latency": options.latency = Number(value); break;
      case "samples": options.samples = Number(value); break;
      case "idle-seconds": options.idleSeconds = Number(value); break;
      case "hidden-seconds": options.hiddenSeconds = Number(value); break;
      case "pin-samples": options.pinSamples = Number(value); break;
      case "sim":
        if (value !== "separate" && value !== "inprocess") throw new Error("--sim is separate or inprocess");
        options.sim = value;
        break;
      case "json": options.json = value; break;
      case "only": options.only = new Set(value.split(",")); break;
      case "fleets":
        options.fleets = value.split(",").map((f) => {
          const [locks = NaN, pinsPerLock = NaN] = f.split("x").map(Number);
          return { locks, pinsPerLock };
        });
        break;
      case "help":
        console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("*/")[0]);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg} (try --help)`);
    }
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const L = options.latency;

// ---------------------------------------------------------------- small helpers

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** @param {number | null | undefined} n */
const round = (n) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10) / 10);

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the p95 of 20 samples is the 19th, never an interpolation below a real sample.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return /** @type {number} */ (sorted[rank - 1]);
}

/** @param {...unknown} parts */
function log(...parts) {
  const stamp = new Date().toISOString().slice(11, 19);
  console.error(`[bench ${stamp}]`, ...parts);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- the server

function build() {
  log("next build …");
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * @param {number} port @param {string} dataDir
 * @param {Record<string, string>} [extraEnv] e.g. NUKI_API_URL to use another process's simulator
 * @returns {Promise<Server>}
 */
async function startServer(port, dataDir, extraEnv = {}) {
  const env = { ...process.env };
  // Demo mode on the built-in simulator, whatever the calling shell has set.
  for (const key of ["NUKI_CLIENT_ID", "NUKI_CLIENT_SECRET", "NUKI_API_URL", "NEXTAUTH_SECRET", "DATABASE_URL", "KEYHOST_PUBLIC_URL"]) delete env[key];
  Object.assign(env, {
    NODE_ENV: "production",
    NEXTAUTH_URL: `http://localhost:${port}`,
    KEYHOST_DATA_DIR: dataDir,
    SIMULATOR_TOKEN_TTL_SECONDS: "3600",
    SIMULATOR_PROPAGATION_DELAY_MS: String(options.propagationMs),
    NEXT_TELEMETRY_DISABLED: "1",
    // The demo's property and calendar stays, added at sign-in, would put PINs and writes of their own in the measured fleet.
    DEMO_CALENDARS: "off",
    ...extraEnv,
  });
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, "server.log");
  const out = createWriteStream(logFile);
  // Its own process group, so stopping it also stops the next-server process `next start` runs.
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "-p", String(port)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${base}/signin`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s; see ${logFile}`);
    await sleep(250);
  }
  return { child, base, logFile };
}

/** Stops the server and everything it started; SIGKILL if it has not gone after five seconds. @param {Server} server */
async function stopServer(server) {
  const group = /** @type {number} */ (server.child.pid);
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  try {
    process.kill(-group, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timeout = sleep(5000).then(() => "timeout");
  if ((await Promise.race([exited, timeout])) === "timeout") {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  // The group may outlive its leader for a moment.
  for (let i = 0; i < 20; i++) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await sleep(250);
  }
}

/** The process tree under `pid` (next start may run the server in a child), each with its resident memory. */
/** @param {number} rootPid */
function processTree(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree.map((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const name = /Name:\s+(.*)/.exec(status)?.[1] ?? "?";
      return { pid, name, rss };
    } catch {
      return { pid, name: "?", rss: 0 };
    }
  });
}

// ---------------------------------------------------------------- HTTP with the browser's session

/** @param {string} base */
function client(base) {
  let cookie = "";
  /** @param {string} pathname @param {RequestInit2} [init] @returns {Promise<Timed>} */
  async function request(pathname, init = {}) {
    const started = performance.now();
    const response = await fetch(base + pathname, {
      redirect: "manual",
      ...init,
      headers: { cookie, ...(init.headers ?? {}) },
    });
    const headersAt = performance.now();
    const body = Buffer.from(await response.arrayBuffer());
    const done = performance.now();
    return { status: response.status, headers: response.headers, body, ttfb: headersAt - started, total: done - started };
  }
  return {
    /** @param {{ name: string, value: string }[]} cookies */
    setCookies(cookies) {
      cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    },
    request,
    /** @param {string} pathname @param {RequestInit2} [init] @returns {Promise<any>} */
    async json(pathname, init) {
      const response = await request(pathname, init);
      if (response.status >= 400) throw new Error(`${pathname}: ${response.status} ${response.body.toString().slice(0, 200)}`);
      return JSON.parse(response.body.toString());
    },
  };
}

/** @param {Http} http @param {string} method @param {string} pathname @param {unknown} [body] @returns {Promise<any>} */
async function sim(http, method, pathname, body) {
  const response = await http.request(`/sim/_control/${pathname}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 400) throw new Error(`simulator ${pathname}: ${response.status} ${response.body.toString()}`);
  return JSON.parse(response.body.toString());
}

/** Upstream calls the simulator has served since its reset: every REST and OAuth request. */
/** @param {Http} http @returns {Promise<number>} */
const upstreamCalls = async (http) => (await sim(http, "GET", "stats")).requests.total;

// ---------------------------------------------------------------- the browser

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
};
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, userAgent: devices["Pixel 7"].userAgent, locale: "en-GB", timezoneId: "Europe/Berlin" };

/** @param {import("@playwright/test").Browser} browser @param {string} base */
async function signIn(browser, base) {
  // bypassCSP: with the simulator in its own process its consent page (another origin) must send the
  // browser back to the app, which the page CSP Keyhost's proxy puts on every page does not allow.
  const context = await browser.newContext({ ...PHONE, baseURL: base, bypassCSP: options.sim === "separate" });
  const page = await context.newPage();
  await page.goto("/");
  await page.waitForURL(/\/signin/);
  await page.getByRole("button", { name: "Sign in with Nuki" }).click();
  await page.waitForURL(/\/sim\/oauth\/authorize/);
  await page.getByRole("button", { name: "Allow" }).click();
  // Nuki's consent brings the host home (Today); the measured pages start from the locks overview.
  await page.waitForURL((url) => url.pathname === "/", { waitUntil: "commit" });
  await page.goto("/locks");
  await page.getByRole("heading", { level: 1, name: "Your locks" }).waitFor();
  return { context, page };
}

/** Makes the page hidden as far as the app can tell (react-query's focus manager reads visibilityState). */
/** @param {import("@playwright/test").Page} page @param {boolean} hidden */
async function setHidden(page, hidden) {
  await page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event(value ? "blur" : "focus"));
  }, hidden);
}

/**
 * First-load JavaScript of a page: every script Chromium fetches until the page's load event (the
 * HTML's scripts and the chunks hydration pulls in; later prefetches of other pages are not counted),
 * each gzipped as a server would send it. `nomodule` polyfills are skipped by the browser itself.
 * @param {import("@playwright/test").BrowserContext} context @param {string} pathname
 */
async function firstLoadJs(context, pathname) {
  const page = await context.newPage();
  /** @type {Promise<number>[]} */
  const sizes = [];
  let loading = true;
  page.on("response", (response) => {
    if (!loading || response.request().resourceType() !== "script") return;
    sizes.push(response.body().then((body) => gzipSync(body).length, () => 0));
  });
  await page.goto(pathname, { waitUntil: "load" });
  loading = false;
  const gzip = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.close();
  return { scripts: sizes.length, gzipKb: gzip / 1000 };
}

// ---------------------------------------------------------------- the run

/** @type {Result[]} */
const results = [];
/**
 * @param {string} fleet @param {string} metric @param {string} budget @param {number[]} samples
 * @param {{ limit?: number, unit?: string, judge?: "p95" | "median" | "max", note?: string }} [opts]
 */
function record(fleet, metric, budget, samples, { limit, unit = "ms", judge = "p95", note = "" } = {}) {
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  const judged = judge === "max" ? Math.max(...samples) : judge === "median" ? median : p95;
  const pass = limit === undefined ? null : judged <= limit;
  results.push({ fleet, metric, budget, unit, median: round(median), p95: round(p95), n: samples.length, pass, judged: judge, note });
  log(`${fleet} · ${metric}: median ${round(median)} ${unit}, p95 ${round(p95)} ${unit}${pass === null ? "" : pass ? " — pass" : ` — FAIL (budget ${budget})`}`);
}

/** @template T @param {number} n @param {(i: number) => Promise<T>} fn @returns {Promise<T[]>} */
async function timeSamples(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) samples.push(await fn(i));
  return samples;
}

/**
 * Creates a PIN in the lock page's editor and waits until its row says saved.
 * @param {import("@playwright/test").Page} page @param {string} name
 * @returns {Promise<{ fromClick: number, fromAccepted: number }>} from the click on "Create PIN",
 *   and from the moment Keyhost's 202 arrived (Nuki had accepted the write: propagation starts there)
 */
async function createPinAndWait(page, name) {
  await page.getByRole("button", { name: "New PIN" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__benchT0 = 0;
    document.addEventListener("click", (event) => {
      if (event.target instanceof Element && event.target.closest("button")?.textContent?.includes("Create PIN")) w.__benchT0 = performance.now();
    }, { capture: true, once: true });
  });
  await dialog.getByRole("button", { name: "Create PIN" }).click();
  const handle = await page
    .waitForFunction(
      (/** @type {string} */ pinName) => {
        const t0 = /** @type {any} */ (window).__benchT0;
        const row = [...document.querySelectorAll("[data-testid=pin-row]")].find((r) => r.querySelector("[data-testid=pin-name]")?.textContent === pinName);
        if (row?.getAttribute("data-status") !== "saved" || !t0) return false;
        const now = performance.now();
        const post = performance
          .getEntriesByType("resource")
          .find((e) => e instanceof PerformanceResourceTiming && e.initiatorType === "fetch" && e.name.endsWith("/pins") && e.startTime >= t0 && /** @type {PerformanceResourceTiming} */ (e).responseEnd > 0);
        const accepted = post ? /** @type {PerformanceResourceTiming} */ (post).responseEnd : t0;
        return { fromClick: now - t0, fromAccepted: now - accepted };
      },
      name,
      { polling: 16, timeout: 60_000 },
    )
    .catch(async (error) => {
      const shot = path.join(os.tmpdir(), `keyhost-bench-${Date.now()}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      log(`"${name}" was not shown as saved; screenshot in ${shot}`);
      throw error;
    });
  return /** @type {{ fromClick: number, fromAccepted: number }} */ (await handle.jsonValue());
}

/**
 * The engine's background passes with several locks due at once, in an account of a whole fleet:
 * one PIN created on each of 8 locks at once, then, from the last 202 until Nuki has had the writes
 * for 3 s longer than its propagation, every upstream call counted by route. Each pass reads exactly
 * one lock listing (the account's, or one lock's when a single lock is due) and its codes, so the
 * number of lock-listing reads is the number of passes that read Nuki.
 * @param {Http} http the app, signed in @param {Http} nuki the simulator @param {string} origin the app's
 * @param {{ id: number, online: boolean, keypad: { paired: boolean } }[]} locks
 */
async function engineCallsPerPass(http, nuki, origin, locks) {
  const chosen = locks.filter((l) => l.online && l.keypad.paired).slice(-8);
  const create = async (/** @type {number} */ lockId, /** @type {number} */ i) => {
    const body = JSON.stringify({ name: `Bench engine ${i + 1}`, validFrom: "2027-06-01T15:00", validUntil: "2027-06-04T11:00" });
    for (;;) {
      const response = await http.request(`/api/locks/${lockId}/pins`, { method: "POST", headers: { origin, "content-type": "application/json" }, body });
      // The write limit per sign-in (the PIN samples spent some of it): wait as told.
      if (response.status === 429) await sleep(Number(response.headers.get("retry-after") ?? 1) * 1000);
      else if (response.status === 202) return;
      else throw new Error(`create on ${lockId}: ${response.status} ${response.body.toString().slice(0, 200)}`);
    }
  };
  await Promise.all(chosen.map((l, i) => create(l.id, i)));
  /** @type {Record<string, number>} */
  const before = (await sim(nuki, "GET", "stats")).requests.byRoute;
  await sleep(options.propagationMs + 3000);
  /** @type {Record<string, number>} */
  const after = (await sim(nuki, "GET", "stats")).requests.byRoute;
  const delta = (/** @type {string} */ route) => (after[route] ?? 0) - (before[route] ?? 0);
  const calls = Object.keys(after).reduce((n, route) => n + delta(route), 0);
  const passes = delta("GET /smartlock") + delta("GET /smartlock/{id}");
  log(`engine window: ${JSON.stringify(Object.fromEntries(Object.keys(after).map((r) => [r, delta(r)]).filter(([, n]) => n)))}`);
  // The writes must have been confirmed in that window, or the passes measured were not the whole work.
  for (const [i, lock] of chosen.entries()) {
    /** @type {{ name: string, status: string }[]} */
    const pins = await http.json(`/api/locks/${lock.id}/pins`);
    const pin = pins.find((p) => p.name === `Bench engine ${i + 1}`);
    if (pin?.status !== "saved") throw new Error(`engine: the PIN on lock ${lock.id} is ${pin?.status ?? "missing"} after the window`);
  }
  return { due: chosen.length, passes, perPass: passes ? calls / passes : calls };
}

/**
 * @param {import("@playwright/test").Browser} browser @param {Server} server the app
 * @param {Http} nuki HTTP to the simulator's control hooks @param {Fleet} fleet @param {boolean} first
 */
async function benchFleet(browser, server, nuki, fleet, first) {
  const label = `${fleet.locks}×${fleet.pinsPerLock}`;
  const http = client(server.base);
  log(`fleet ${label}: reset`);
  await sim(nuki, "POST", "reset", { fleet, latencyMs: L, propagationDelayMs: options.propagationMs, tokenTtlSeconds: 3600 });
  const { context, page } = await signIn(browser, server.base);
  http.setCookies(await context.cookies());
  // The sign-in registers Keyhost's webhook (demo mode: KEYHOST_PUBLIC_URL defaults to NEXTAUTH_URL).
  for (let i = 0; i < 40 && (await sim(nuki, "GET", "stats")).webhooks === 0; i++) await sleep(250);

  /** @type {{ id: number, online: boolean, keypad: { paired: boolean }, pinCount: number }[]} */
  const locks = await http.json("/api/locks");
  if (locks.length !== fleet.locks) throw new Error(`expected ${fleet.locks} locks, the API lists ${locks.length}`);
  const target = locks.find((l) => l.online && l.keypad.paired && l.pinCount === fleet.pinsPerLock) ?? locks[0];
  if (!target) throw new Error("no lock to measure");

  // Server time: wall time of the request on localhost (server time plus loopback). Uncached = every
  // read goes upstream (Cache-Control: no-cache, as a hard reload sends); cached = a repeat within the cache's life.
  const fresh = { headers: { "cache-control": "no-cache" } };
  /** @param {string} pathname @param {RequestInit2} [init] */
  const timed = async (pathname, init) => {
    const response = await http.request(pathname, init);
    if (response.status !== 200) throw new Error(`${pathname}: ${response.status}`);
    return response.total;
  };
  if (options.only.has("server")) {
    // The floor: the same upstream reads made directly, in parallel, with the signed-in user's token
    // (the simulator lists live tokens in its state): what Nuki's round trip costs before Keyhost adds anything.
    const { tokens } = await sim(nuki, "GET", "state");
    const bearer = { headers: { authorization: `Bearer ${tokens.accessTokens.at(-1)}` } };
    /** @param {string[]} paths */
    const upstream = async (paths) => {
      const started = performance.now();
      const answers = await Promise.all(paths.map((p) => nuki.request(`/sim${p}`, bearer)));
      if (answers.some((a) => a.status !== 200)) throw new Error(`upstream ${paths.join(", ")}: ${answers.map((a) => a.status).join(", ")}`);
      return performance.now() - started;
    };
    const overviewReads = ["/smartlock", "/smartlock/auth?types=13"];
    const lockReads = [`/smartlock/${target.id}`, `/smartlock/${target.id}/auth?types=13`];

    await timed("/api/locks", fresh); // warm-up
    const scale = isScaleFleet(fleet);
    const overview = await timeSamples(options.samples, () => timed("/api/locks", fresh));
    // At the scale fleet the budget is the ratio below: L + 40 is no bound when Nuki's own listing takes longer.
    record(label, "GET /api/locks, server time (uncached)", scale ? "–" : `≤ L + 40 = ${L + 40} ms`, overview, { limit: scale ? undefined : L + 40 });
    const overviewFloor = await timeSamples(options.samples, () => upstream(overviewReads));
    record(label, "  floor: Nuki's round trip for its 2 reads, made directly", "–", overviewFloor);
    // Medians, not pairs: the two series are taken one after the other, each sample independent.
    const ratio = quantile(overview, 0.5) / quantile(overviewFloor, 0.5);
    record(label, "  GET /api/locks uncached ÷ Nuki's round trip (medians)", scale ? `≤ ${SCALE_OVERVIEW_RATIO}×` : "–", [ratio], { limit: scale ? SCALE_OVERVIEW_RATIO : undefined, unit: "×", judge: "max" });
    // Nuki's answers are parsed once per distinct body: the samples above read the same bytes again. When the
    // listing changed since the last read (here: a code renamed in the Nuki app before each sample) it is parsed anew.
    const [renamed] = JSON.parse((await nuki.request(`/sim/smartlock/${target.id}/auth?types=13`, bearer)).body.toString());
    let renames = 0;
    const changed = await timeSamples(options.samples, async () => {
      await sim(nuki, "POST", `auths/${renamed.id}`, { name: `${renamed.name.slice(0, 12)} ${++renames}` });
      return timed("/api/locks", fresh);
    });
    await sim(nuki, "POST", `auths/${renamed.id}`, { name: renamed.name });
    record(label, "GET /api/locks, server time (uncached, listing changed since the read before)", "–", changed);
    record(label, "  the same ÷ Nuki's round trip (medians)", "–", [quantile(changed, 0.5) / quantile(overviewFloor, 0.5)], { unit: "×", judge: "max" });
    record(label, "GET /api/locks, server time (cached)", `≤ L + 40 = ${L + 40} ms`, await timeSamples(options.samples, () => timed("/api/locks")), { limit: L + 40 });
    const pinsPath = `/api/locks/${target.id}/pins`;
    await timed(pinsPath, fresh);
    record(label, `GET /api/locks/{id}/pins (${target.pinCount} PINs), server time (uncached)`, `≤ L + 30 = ${L + 30} ms`, await timeSamples(options.samples, () => timed(pinsPath, fresh)), { limit: L + 30 });
    record(label, "  floor: Nuki's round trip for its 2 reads, made directly", "–", await timeSamples(options.samples, () => upstream(lockReads)));
    record(label, `GET /api/locks/{id}/pins (${target.pinCount} PINs), server time (cached)`, `≤ L + 30 = ${L + 30} ms`, await timeSamples(options.samples, () => timed(pinsPath)), { limit: L + 30 });
  }

  // Upstream calls per overview load: a hard reload of the overview in the browser (HTML, hydration,
  // anything the client fetches afterwards), with nothing served from the app's read cache.
  if (options.only.has("calls")) {
    const cdp = await context.newCDPSession(page);
    const callsPerLoad = await timeSamples(Math.min(5, options.samples), async () => {
      const before = await upstreamCalls(nuki);
      await cdp.send("Page.reload", { ignoreCache: true });
      await page.waitForLoadState("load");
      await page.getByTestId("lock-card").first().waitFor();
      await page.waitForLoadState("networkidle");
      await sleep(500);
      return (await upstreamCalls(nuki)) - before;
    });
    record(label, "upstream calls per overview load (hard reload in Chromium)", "≤ 2", callsPerLoad, { limit: 2, unit: "calls", judge: "max" });
  }

  // 20 overview loads at once by the same user, once the read cache has expired.
  if (options.only.has("concurrency")) {
    const concurrent = await timeSamples(3, async () => {
      await sleep(options.cacheTtlMs + 500);
      const before = await upstreamCalls(nuki);
      const pages = await Promise.all(Array.from({ length: 20 }, () => http.request("/")));
      if (pages.some((p) => p.status !== 200)) throw new Error("an overview load failed");
      const calls = (await upstreamCalls(nuki)) - before;
      // No call at all means the cache was still warm: that measures nothing, so the run stops.
      if (calls === 0) throw new Error("20 concurrent overview loads made no upstream call: the read cache outlived the wait, so the sample is void");
      return calls;
    });
    record(label, "upstream calls for 20 concurrent overview loads (GET /)", "≤ 2 in total", concurrent, { limit: 2, unit: "calls", judge: "max" });
  }

  // Overview HTML on a warm server: time to first byte and to the last byte, with cold data.
  if (options.only.has("html")) {
    await http.request("/", fresh);
    const html = await timeSamples(options.samples, async () => {
      const response = await http.request("/", fresh);
      if (response.status !== 200) throw new Error(`GET /: ${response.status}`);
      return response;
    });
    record(label, "overview HTML, time to first byte (uncached data)", `≤ L + 60 = ${L + 60} ms`, html.map((r) => r.ttfb), { limit: L + 60 });
    record(label, "overview HTML, complete document (uncached data)", "–", html.map((r) => r.total));
  }

  if (first && options.only.has("js")) {
    /** @type {[string, string][]} */
    const pages = [["/signin", "/signin"], ["/ (Today)", "/"], ["/locks (overview)", "/locks"], ["/locks/{id}", `/locks/${target.id}`], ["/locks/{id}/activity", `/locks/${target.id}/activity`]];
    for (const [name, pathname] of pages) {
      const anonymous = pathname === "/signin" ? await browser.newContext({ ...PHONE, baseURL: server.base }) : null;
      const js = await firstLoadJs(anonymous ?? context, pathname);
      await anonymous?.close();
      record("any", `first-load JavaScript, ${name} (${js.scripts} scripts, gzip, in Chromium)`, "–", [js.gzipKb], { unit: "kB" });
    }
    // What every page loads before any of Keyhost's own code: Next.js's and React's runtime.
    const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/build-manifest.json"), "utf8"));
    /** @type {string[]} */
    const runtime = manifest.rootMainFiles ?? [];
    const floor = runtime.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(ROOT, ".next", file))).length, 0) / 1000;
    record("any", `  of which Next.js + React runtime (${runtime.length} scripts every page loads)`, "–", [floor], { unit: "kB" });
  }

  // An open, idle overview tab: visible for a while, then hidden.
  if (options.only.has("idle")) {
    await page.goto("/locks");
    await page.getByTestId("lock-card").first().waitFor();
    await page.waitForLoadState("networkidle");
    let before = await upstreamCalls(nuki);
    await sleep(options.idleSeconds * 1000);
    const visibleCalls = (await upstreamCalls(nuki)) - before;
    await setHidden(page, true);
    before = await upstreamCalls(nuki);
    await sleep(options.hiddenSeconds * 1000);
    const hiddenCalls = (await upstreamCalls(nuki)) - before;
    await setHidden(page, false);
    record(label, `idle overview tab, visible (${options.idleSeconds} s), upstream calls per minute`, "≤ 1 / min", [(visibleCalls * 60) / options.idleSeconds], { limit: 1, unit: "calls/min", judge: "max" });
    record(label, `idle overview tab, hidden (${options.hiddenSeconds} s), upstream calls`, "0", [hiddenCalls], { limit: 0, unit: "calls", judge: "max" });
  }

  // PIN create → shown as saved, in the browser: from the click on "Create PIN" until the row says Saved.
  if (options.only.has("pins")) {
    await page.goto(`/locks/${target.id}`);
    await page.getByRole("button", { name: "New PIN" }).waitFor();
    const hooks = (await sim(nuki, "GET", "stats")).webhooks;
    const withHooks = await timeSamples(options.pinSamples, (i) => createPinAndWait(page, `Bench hook ${i + 1}`));
    record(label, `PIN create → saved, webhooks (${hooks} registered), propagation ${options.propagationMs / 1000} s`, `≤ 3 s + 0.5 s = ${options.propagationMs + 500} ms`, withHooks.map((t) => t.fromClick), { limit: options.propagationMs + 500 });
    record(label, "  same, from Nuki's acceptance (Keyhost's 202) to saved", "–", withHooks.map((t) => t.fromAccepted));
    await sim(nuki, "DELETE", "webhooks");
    const byPolling = await timeSamples(options.pinSamples, (i) => createPinAndWait(page, `Bench poll ${i + 1}`));
    record(label, `PIN create → saved, polling only, propagation ${options.propagationMs / 1000} s`, `≤ 3 s + 1.5 s = ${options.propagationMs + 1500} ms`, byPolling.map((t) => t.fromClick), { limit: options.propagationMs + 1500 });
    record(label, "  same, from Nuki's acceptance (Keyhost's 202) to saved", "–", byPolling.map((t) => t.fromAccepted));
  }

  if (options.only.has("engine")) {
    // Nothing in the browser may read Nuki meanwhile: only the engine's passes are counted.
    await page.goto("about:blank");
    const engine = await engineCallsPerPass(http, nuki, server.base, locks);
    record(label, `engine's background passes over ${fleet.locks * fleet.pinsPerLock} PINs (${engine.due} locks due, ${engine.passes} passes): upstream calls per pass`, "≤ 2", [engine.perPass], { limit: 2, unit: "calls", judge: "max" });
  }

  await context.close();
}

async function main() {
  const started = Date.now();
  if (options.build) build();
  else if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("--no-build, but there is no build in .next");
  // The budgeted first-load JavaScript, read from the build (scripts/first-load-js.mjs); the browser's rows below cross-check it.
  if (options.only.has("js")) {
    const js = measureFirstLoadJs();
    record("any", `first-load JavaScript, Next.js + React runtime (${js.runtime.chunks} chunks, gzip, build)`, "–", [js.runtime.kb], { unit: "kB" });
    for (const p of js.pages) record("any", `first-load JavaScript, ${p.route} (own share ${round(p.ownKb)} kB, gzip, build)`, `≤ runtime + ${OWN_BUDGET_KB} = ${round(js.budgetKb)} kB`, [p.totalKb], { limit: js.budgetKb, unit: "kB", judge: "max" });
  }
  const root = mkdtempSync(path.join(os.tmpdir(), "keyhost-bench-"));
  const browser = await chromium.launch(CHROMIUM);
  /** @type {Server | null} */
  let simulator = null;
  /** @type {Server | null} */
  let app = null;
  let failed = false;
  try {
    if (options.sim === "separate") {
      const dir = path.join(root, "simulator");
      simulator = await startServer(await freePort(), dir);
      log(`simulator (Nuki stand-in) on ${simulator.base}, data in ${dir}`);
    }
    for (const [index, fleet] of options.fleets.entries()) {
      // A fresh app per fleet: empty ledger, and the webhook registers again at sign-in.
      const dir = path.join(root, `app-${fleet.locks}x${fleet.pinsPerLock}`);
      app = await startServer(await freePort(), dir, simulator ? { NUKI_API_URL: `${simulator.base}/sim` } : {});
      log(`app on ${app.base}, data in ${dir}`);
      await benchFleet(browser, app, client(simulator ? simulator.base : app.base), fleet, index === 0);
      if (options.only.has("memory")) {
        // Budgets for 100 × 60 and the scale fleet; smaller ones are shown for comparison.
        const budget = memoryBudgetMb(fleet);
        const tree = processTree(/** @type {number} */ (app.child.pid));
        const serverProcess = tree.reduce((a, b) => (b.rss > a.rss ? b : a));
        const where = simulator ? "simulator in its own process" : "simulator inside";
        record(`${fleet.locks}×${fleet.pinsPerLock}`, `server memory after the run (RSS of ${serverProcess.name}; ${where})`, budget ? `≤ ${budget} MB` : "–", [serverProcess.rss / 1e6], { limit: budget, unit: "MB", judge: "max" });
      }
      await stopServer(app);
      app = null;
    }
  } catch (error) {
    failed = true;
    log("the run failed:", error);
    for (const server of [app, simulator]) {
      if (server) log(`server log ${server.logFile}:\n${readFileSync(server.logFile, "utf8").split("\n").slice(-30).join("\n")}`);
    }
  } finally {
    await browser.close();
    if (app) await stopServer(app);
    if (simulator) await stopServer(simulator);
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGb: round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map(round),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
  printTable(machine, Date.now() - started);
  if (options.json) writeFileSync(options.json, JSON.stringify({ at: new Date().toISOString(), options: { ...options, json: undefined }, machine, results }, null, 2));
  if (!failed) rmSync(root, { recursive: true, force: true });
  const failures = results.filter((r) => r.pass === false);
  if (failed || (options.fail && failures.length)) process.exit(1);
}

/** @param {{ cpus: number, cpuModel: string, memoryGb: number | null, loadAverage: (number | null)[], node: string, platform: string }} machine @param {number} elapsedMs */
function printTable(machine, elapsedMs) {
  const rows = results.map((r) => [
    r.fleet,
    r.metric,
    r.budget,
    r.median === null ? "–" : `${r.median} ${r.unit}`,
    r.n > 1 ? `${r.p95} ${r.unit}` : "–",
    r.pass === null ? "info" : r.pass ? "pass" : `FAIL (${r.judged} ${r.judged === "max" ? Math.max(r.median ?? 0, r.p95 ?? 0) : r[r.judged]} ${r.unit})`,
  ]);
  const header = ["fleet", "metric", "budget", "median", "p95", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  /** @param {unknown[]} cells */
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(`\nKeyhost benchmark — upstream latency L = ${L} ms, propagation ${options.propagationMs} ms, ${options.samples} samples per timing`);
  console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, load ${machine.loadAverage.join(" ")}, node ${machine.node}, ${machine.platform}; ${Math.round(elapsedMs / 1000)} s\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  const failures = results.filter((r) => r.pass === false).length;
  console.log(`\n${failures ? `${failures} budget(s) failed` : "all budgets met"}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
