import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import fc from "fast-check";
import { fuzzRequest } from "./support/fuzz-inputs";
import { ROUTE_METHODS, ROUTES, type FuzzAccount, type FuzzRequest, type Route } from "./support/fuzz-routes";
import { UNDECODABLE_SEGMENTS } from "./support/fuzz-urls";
import { describeExchange, errorShape, judge, leaks, type FuzzResponse } from "./support/fuzz-oracle";
import { WriterPool } from "./support/fuzz-sessions";
import { AuthWriteWatch } from "./support/fuzz-watch";
import { signIn } from "./support/session";
import { simulator, type SimulatorState } from "./support/simulator";

/** Fixed so a failure can be replayed; FUZZ_SEED explores other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const RUNS = 2_000;
/**
 * Every route, the wrong-method one included, must get at least half its fair share of the runs.
 * Routes are picked at random, so a fixed number would fail some seeds as routes are added.
 */
const MIN_PER_ROUTE = Math.floor(RUNS / ROUTES.length / 2);
/**
 * …and at least this many of them must get past the write limit to the route's own checks. Once
 * most runs are done, a write to a route still short of it waits for a sign-in with writes left
 * instead of being limited; waiting from the start would cost many seconds for nothing.
 */
const MIN_CHECKED_PER_ROUTE = 8;
const TOP_UP_AFTER = RUNS * 0.75;
/** The simulator's second account: the demo host must never see its lock. */
const OTHER_ACCOUNT_LOCK = 17_990_123_457;
/** The request log holds 500 entries and one fuzz request can cause a few upstream calls. */
const WATCH_EVERY = 40;
/** Extra sign-ins that share the writes, since writes are limited per sign-in. */
const WRITERS = 8;
const TEST_TIMEOUT = 110_000;
/** Time kept for the checks after the fuzz: the request log, activity, the simulator and the database. */
const AFTER_FUZZ = 12_000;

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

async function send(api: APIRequestContext, req: FuzzRequest): Promise<FuzzResponse> {
  const response = await api.fetch(req.url, {
    method: req.method,
    headers: req.headers,
    data: req.body,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 20_000,
  });
  return { status: response.status(), headers: response.headers(), text: await response.text() };
}

async function readAccount(page: Page, request: APIRequestContext): Promise<FuzzAccount> {
  const locks = await page.request.get("/api/locks");
  expect(locks.status()).toBe(200);
  const lockIds = ((await locks.json()) as { id: number }[]).map((l) => l.id);
  expect(lockIds).not.toContain(OTHER_ACCOUNT_LOCK);
  const authIds = new Map<number, string[]>();
  for (const auth of (await simulator(request).state()).auths) {
    authIds.set(auth.smartlockId, [...(authIds.get(auth.smartlockId) ?? []), auth.id]);
  }
  expect(authIds.get(OTHER_ACCOUNT_LOCK)?.length).toBeGreaterThan(0);
  // Whether guest e-mail is set up decides what a message body is checked against first.
  let message;
  for (const lockId of lockIds) {
    const pins = (await (await page.request.get(`/api/locks/${lockId}/pins`)).json()) as { id: string }[];
    if (!pins[0]) continue;
    message = await page.request.get(`/api/locks/${lockId}/pins/${pins[0].id}/message`);
    break;
  }
  expect(message?.status(), "a PIN's message view").toBe(200);
  const { email } = (await message!.json()) as { email: boolean };
  return { origin: new URL(page.url()).origin, lockIds, otherLockId: OTHER_ACCOUNT_LOCK, authIds, mailEnabled: email };
}

/**
 * What Keyhost's database holds for the account, as the API shows it: properties, stays, each
 * lock's settings and PINs (the ledger's view of them). Equal before and after exactly when the
 * fuzz wrote nothing there.
 */
async function stored(page: Page, lockIds: number[]): Promise<Record<string, unknown>> {
  const read = async (url: string) => {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    return response.json() as Promise<unknown>;
  };
  const result: Record<string, unknown> = { properties: await read("/api/properties"), stays: await read("/api/stays") };
  for (const id of lockIds) {
    result[`settings ${id}`] = await read(`/api/locks/${id}/settings`);
    result[`pins ${id}`] = await read(`/api/locks/${id}/pins`);
  }
  return result;
}

/** What the locks hold, in a form that compares equal exactly when no PIN changed. */
function keypads(state: SimulatorState): string {
  return JSON.stringify(
    state.auths
      .map((a) => [a.id, a.smartlockId, a.name, a.code, a.enabled, a.allowedFromDate, a.allowedUntilDate, a.allowedWeekDays, a.allowedFromTime, a.allowedUntilTime])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
  );
}

test("every JSON route answers thousands of hostile requests with a 4xx JSON error, and no PIN changes", async ({ page, request, browser, baseURL }, testInfo) => {
  test.setTimeout(TEST_TIMEOUT);
  const testStarted = Date.now();
  testInfo.annotations.push({ type: "fuzz seed", description: String(SEED) });
  await signIn(page);
  const account = await readAccount(page, request);
  await page.goto("about:blank");
  const storedBefore = await stored(page, account.lockIds);
  // The oracle counts on this: no property or stay exists, so no id names one and no stay can start.
  expect(storedBefore.properties).toEqual([]);
  expect(storedBefore.stays).toEqual([]);
  const writers = await WriterPool.open(browser, baseURL!, WRITERS);
  const before = await simulator(request).state();
  const watch = new AuthWriteWatch(request);
  await watch.start();

  const perRoute = new Map<Route, number>();
  /** Answers that got past the write limit to the route's own checks. */
  const checked = new Map<Route, number>();
  const perStatus = new Map<number, number>();
  let sent = 0;
  let limitedWrites = 0;
  const started = Date.now();
  try {
    await fc.assert(
      fc.asyncProperty(fuzzRequest(account), async (req) => {
        const write = req.method !== "GET" && req.route !== "POST /api/webhooks/nuki";
        if (write && sent >= TOP_UP_AFTER && (checked.get(req.route) ?? 0) < MIN_CHECKED_PER_ROUTE) await writers.untilOneCanWrite();
        const { writer, index } = write ? writers.pick() : { writer: page.request, index: -1 };
        let res: FuzzResponse | undefined;
        try {
          res = await send(writer, req);
        } catch (error) {
          throw new Error(describeExchange(req, undefined, [`no answer: ${error instanceof Error ? error.message : String(error)}`]));
        }
        sent += 1;
        if (write && res.status === 429) {
          limitedWrites += 1;
          writers.limited(index, Number(res.headers["retry-after"]) || 1);
        }
        perRoute.set(req.route, (perRoute.get(req.route) ?? 0) + 1);
        if (res.status !== 429) checked.set(req.route, (checked.get(req.route) ?? 0) + 1);
        perStatus.set(res.status, (perStatus.get(res.status) ?? 0) + 1);
        const problems = judge(account, req, res);
        if (problems.length) throw new Error(describeExchange(req, res, problems));
        if (sent % WATCH_EVERY === 0) await watch.check();
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        // Shrinking re-sends requests; the limit keeps a failure's report inside the test's time.
        // Whatever the sign-ins took, the fuzz stops in time to leave the checks after it their share.
        plugins: [fc.interruptAfterTimeLimit(Math.min(80_000, TEST_TIMEOUT - AFTER_FUZZ - (Date.now() - testStarted)), { failOnInterrupt: true })],
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // fast-check keeps the property's own error, the request and response it saw, as the cause.
    const cause = error instanceof Error && error.cause instanceof Error ? `\n\n${error.cause.message}` : "";
    throw new Error(`API fuzz failed with seed ${SEED} (replay: FUZZ_SEED=${SEED} npx playwright test e2e/fuzz.spec.ts --project=desktop)\n${message}${cause}`);
  } finally {
    await writers.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const statuses = [...perStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  console.log(`API fuzz: ${sent} requests in ${seconds} s after ${((started - testStarted) / 1000).toFixed(1)} s of sign-ins, seed ${SEED}; statuses ${statuses}; ${limitedWrites} writes rate-limited; ${(writers.waitedMs / 1000).toFixed(1)} s waited for writes left`);
  console.log(`past the write limit / sent, per route:\n${ROUTES.map((r) => `  ${r}: ${checked.get(r) ?? 0}/${perRoute.get(r) ?? 0}`).join("\n")}`);

  await watch.check();
  expect(sent).toBeGreaterThanOrEqual(2_000);
  for (const route of ROUTES) {
    expect(perRoute.get(route) ?? 0, `requests sent to ${route}`).toBeGreaterThanOrEqual(MIN_PER_ROUTE);
    expect(checked.get(route) ?? 0, `requests to ${route} past the write limit`).toBeGreaterThanOrEqual(MIN_CHECKED_PER_ROUTE);
  }

  for (const lockId of account.lockIds) {
    const activity = await page.request.get(`/api/locks/${lockId}/activity?limit=200`);
    expect(activity.status(), `activity of lock ${lockId}`).toBe(200);
    expect(await activity.json(), `activity of lock ${lockId}`).toEqual([]);
  }
  const after = await simulator(request).state();
  expect(keypads(after)).toBe(keypads(before));
  expect((after as SimulatorState & { pending: unknown[] }).pending).toEqual([]);
  // Nothing in the database either: still no property or stay, and every lock's settings and PINs as before.
  expect(await stored(page, account.lockIds)).toEqual(storedBefore);
});

test("ids that are not valid percent-encoding get a JSON 4xx, not a server error", async ({ page }) => {
  await signIn(page);
  const origin = new URL(page.url()).origin;
  const lock = "17923456781";
  const failures: string[] = [];
  for (const bad of UNDECODABLE_SEGMENTS) {
    const requests: [string, string][] = [
      ["GET", `/api/locks/${bad}`],
      ["POST", `/api/locks/${bad}/sync`],
      ["GET", `/api/locks/${bad}/pins`],
      ["POST", `/api/locks/${bad}/pins`],
      ["PATCH", `/api/locks/${lock}/pins/${bad}`],
      ["DELETE", `/api/locks/${lock}/pins/${bad}`],
      ["POST", `/api/locks/${lock}/pins/${bad}/repair`],
      ["POST", `/api/locks/${lock}/pins/${bad}/retry`],
      ["POST", `/api/locks/${lock}/pins/${bad}/adopt`],
      ["GET", `/api/locks/${lock}/pins/${bad}/history`],
      ["GET", `/api/locks/${bad}/activity`],
      ["GET", `/api/locks/${bad}/settings`],
      ["PATCH", `/api/locks/${bad}/settings`],
      ["GET", `/api/locks/${bad}/entries`],
      ["GET", `/api/locks/${lock}/pins/${bad}/usage`],
      ["GET", `/api/locks/${lock}/pins/${bad}/message`],
      ["POST", `/api/locks/${lock}/pins/${bad}/message`],
      ["POST", `/api/locks/${bad}/pins/cleanup`],
      ["GET", `/api/properties/${bad}`],
      ["PATCH", `/api/properties/${bad}`],
      ["DELETE", `/api/properties/${bad}`],
      ["GET", `/api/properties/${bad}/entries`],
      ["GET", `/api/stays/${bad}`],
      ["PATCH", `/api/stays/${bad}`],
      ["DELETE", `/api/stays/${bad}`],
      ["GET", `/api/stays/${bad}/usage`],
      ["GET", `/api/stays/${bad}/message`],
      ["POST", `/api/stays/${bad}/message`],
    ];
    for (const [method, url] of requests) {
      const response = await page.request.fetch(url, {
        method,
        headers: method === "GET" ? {} : { Origin: origin, "Content-Type": "application/json" },
        data: method === "GET" ? undefined : "{}",
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const text = await response.text();
      const shape = errorShape(text);
      const problems = [
        ...(response.status() === 400 || response.status() === 404 ? [] : [`status ${response.status()}`]),
        ...(shape.problem ? [shape.problem] : []),
        ...leaks(text).map((what) => `carries ${what}`),
      ];
      if (problems.length) {
        failures.push(`${method} ${url} → ${response.status()} ${response.headers()["content-type"] ?? ""} ${JSON.stringify(text.slice(0, 120))}: ${problems.join("; ")}`);
      }
    }
  }
  expect(failures.length, failures.join("\n")).toBe(0);
});

test("the fuzz knows every JSON route under app/api and the methods each has, and each answers the other methods itself", () => {
  const api = path.join(__dirname, "..", "app", "api");
  const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  const inTree: [string, string[]][] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const routePath = `/api/${path.relative(api, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        // next-auth's own handler is no JSON route of this API.
        if (routePath.startsWith("/api/auth/")) continue;
        const source = readFileSync(full, "utf8");
        const exported = (m: string) => new RegExp(`^export (?:const|async function) ${m}\\b`, "m").test(source);
        const handled = METHODS.filter((m) => exported(m) && !new RegExp(`^export const ${m} = notAllowed;`, "m").test(source));
        inTree.push([routePath, handled]);
        for (const m of METHODS.filter((m) => !exported(m))) missing.push(`${m} ${routePath}`);
      }
    }
  };
  walk(api);
  const sorted = (list: [string, string[]][]) => list.map(([p, ms]) => `${ms.join(",")} ${p}`).sort();
  // A route added to the tree fails here until ROUTE_METHODS, ROUTES, the generator and the oracle know it.
  expect(sorted(ROUTE_METHODS)).toEqual(sorted(inTree));
  const fuzzed = new Set<string>(ROUTES);
  for (const [routePath, methods] of inTree) for (const m of methods) expect(fuzzed.has(`${m} ${routePath}`), `${m} ${routePath} in ROUTES`).toBe(true);
  expect(missing, "methods a route neither handles nor answers with 405 method_not_allowed").toEqual([]);
});
