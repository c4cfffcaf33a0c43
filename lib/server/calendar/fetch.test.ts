import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isForbiddenAddress } from "./address";
import { FeedError } from "@/lib/calendar/errors";
import { fetchFeed, type FetchOptions } from "./fetch";

const CALENDAR = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
let server: http.Server;
let base: string;
let port: number;
const seen: { path: string; host?: string; ifNoneMatch?: string; ifModifiedSince?: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? "", host: req.headers.host, ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: req.headers["if-modified-since"] });
    const path = req.url ?? "";
    if (path === "/feed.ics") {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { "Content-Type": "text/calendar", ETag: '"v1"', "Last-Modified": "Sat, 05 Dec 2026 10:00:00 GMT" }).end(CALENDAR);
    }
    if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      return void res.writeHead(302, { Location: n > 0 ? `/hop/${n - 1}` : "/feed.ics" }).end();
    }
    if (path === "/to-private") return void res.writeHead(302, { Location: "http://10.0.0.7/feed.ics" }).end();
    if (path === "/to-metadata") return void res.writeHead(307, { Location: "http://169.254.169.254/latest/meta-data" }).end();
    if (path === "/broken") return void res.writeHead(500).end("oops");
    if (path === "/silent") return; // never answers
    if (path === "/huge") {
      // 6 MB in 64 KB chunks: the fetch must stop reading at 5 MB.
      res.writeHead(200, { "Content-Type": "text/calendar" });
      const chunk = "X".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {});
      return pump();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const loopbackOk: FetchOptions = { allowLoopback: true };
const none = { etag: null, lastModified: null };

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

describe("fetchFeed", () => {
  it("fetches a calendar and sends the validators it got back", async () => {
    const first = await fetchFeed(`${base}/feed.ics`, none, loopbackOk);
    expect(first).toEqual({ status: "ok", body: CALENDAR, etag: '"v1"', lastModified: "Sat, 05 Dec 2026 10:00:00 GMT" });
    const second = await fetchFeed(`${base}/feed.ics`, { etag: '"v1"', lastModified: "Sat, 05 Dec 2026 10:00:00 GMT" }, loopbackOk);
    expect(second).toEqual({ status: "not_modified" });
    expect(seen.at(-1)).toMatchObject({ ifNoneMatch: '"v1"', ifModifiedSince: "Sat, 05 Dec 2026 10:00:00 GMT" });
  });

  it("connects to the address it checked, not to one DNS gives later", async () => {
    let calls = 0;
    const resolve = async () => (++calls === 1 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "10.0.0.1", family: 4 }]);
    const result = await fetchFeed(`http://calendar.test:${port}/feed.ics`, none, { allowLoopback: true, resolve });
    expect(result.status).toBe("ok");
    expect(calls).toBe(1);
    expect(seen.at(-1)?.host).toBe(`calendar.test:${port}`);
  });

  it("follows up to three redirects and refuses a fourth", async () => {
    expect((await fetchFeed(`${base}/hop/2`, none, loopbackOk)).status).toBe("ok");
    expect((await failure(fetchFeed(`${base}/hop/3`, none, loopbackOk))).message).toMatch(/redirects too many times/);
  });

  it("refuses a redirect into a private network or to the cloud metadata address", async () => {
    expect((await failure(fetchFeed(`${base}/to-private`, none, loopbackOk))).kind).toBe("refused");
    expect((await failure(fetchFeed(`${base}/to-metadata`, none, loopbackOk))).kind).toBe("refused");
  });

  it("outside demo mode refuses http, loopback and names that resolve to private addresses", async () => {
    expect((await failure(fetchFeed(`${base}/feed.ics`, none, { allowLoopback: false }))).message).toMatch(/https/);
    expect((await failure(fetchFeed("https://127.0.0.1/feed.ics", none, { allowLoopback: false }))).kind).toBe("refused");
    expect((await failure(fetchFeed("https://[::1]/feed.ics", none, { allowLoopback: false }))).kind).toBe("refused");
    const privateName = async () => [{ address: "93.184.216.34", family: 4 }, { address: "192.168.1.20", family: 4 }];
    expect((await failure(fetchFeed("https://mixed.test/feed.ics", none, { allowLoopback: false, resolve: privateName }))).kind).toBe("refused");
    const mapped = async () => [{ address: "::ffff:10.1.2.3", family: 6 }];
    expect((await failure(fetchFeed("https://mapped.test/feed.ics", none, { allowLoopback: false, resolve: mapped }))).kind).toBe("refused");
    expect((await failure(fetchFeed("ftp://example.com/x", none, { allowLoopback: false }))).kind).toBe("refused");
    expect((await failure(fetchFeed("https://user:pw@example.com/x", none, { allowLoopback: false }))).kind).toBe("refused");
  });

  it("stops at 5 MB, at the time limit, and names the platform's failure", async () => {
    expect((await failure(fetchFeed(`${base}/huge`, none, loopbackOk))).kind).toBe("too_large");
    expect((await failure(fetchFeed(`${base}/silent`, none, { allowLoopback: true, timeoutMs: 300 }))).kind).toBe("timeout");
    expect((await failure(fetchFeed(`${base}/broken`, none, loopbackOk))).message).toMatch(/failed \(500\)/);
    expect((await failure(fetchFeed(`${base}/missing`, none, loopbackOk))).message).toMatch(/does not exist \(404\)/);
  });
});

describe("isForbiddenAddress", () => {
  it("knows private, loopback, link-local and public addresses apart", () => {
    for (const a of ["10.1.1.1", "172.20.0.1", "192.168.0.1", "127.0.0.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1", "::ffff:192.168.1.1"]) expect(isForbiddenAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"]) expect(isForbiddenAddress(a), a).toBe(false);
  });
});
