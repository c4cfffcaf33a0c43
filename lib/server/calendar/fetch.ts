import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isForbiddenAddress, isLoopback } from "./address";
import { FeedError } from "@/lib/calendar/errors";

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchOptions {
  /** Demo mode and tests: loopback addresses (and plain http to them) are allowed. */
  allowLoopback: boolean;
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult = { status: "not_modified" } | ({ status: "ok"; body: string } & FeedValidators);

export const FEED_TIMEOUT_MS = 10_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_MAX_REDIRECTS = 3;

const defaultResolve = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

const refused = (key: `calendar.${string}`) => new FeedError("refused", key);

/** Whether a URL may be saved as a feed at all (the address is checked again on every fetch). */
export function checkFeedUrl(raw: string, allowLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused("calendar.feedError.notAddress");
  }
  if (url.username || url.password) throw refused("calendar.feedError.credentials");
  const https = url.protocol === "https:";
  if (!https && !(url.protocol === "http:" && allowLoopback)) throw refused("calendar.feedError.notHttps");
  // An address written in the link is checked at once; a name, once resolved, on every fetch.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const loopback = isLoopback(host);
    if (isForbiddenAddress(host) && !(allowLoopback && loopback)) throw refused(PRIVATE);
    if (!https && !loopback) throw refused("calendar.feedError.notHttps");
  }
  return url;
}

const PRIVATE = "calendar.feedError.private";

/** Resolves the host and checks every address it has; the connection then goes to the checked one. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch {
      throw new FeedError("unreachable", "calendar.feedError.hostNotFound", { host });
    }
  }
  if (addresses.length === 0) throw new FeedError("unreachable", "calendar.feedError.hostNotFound", { host });
  for (const { address } of addresses) {
    if (options.allowLoopback && isLoopback(address)) continue;
    if (isForbiddenAddress(address)) throw refused(PRIVATE);
  }
  if (url.protocol === "http:" && !addresses.every((a) => isLoopback(a.address))) throw refused("calendar.feedError.notHttps");
  return addresses[0]!;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(url: URL, target: ResolvedAddress, headers: Record<string, string>, options: FetchOptions, deadline: number): Promise<Answer> {
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  // Connect to the address checked above, whatever DNS would say a moment later.
  const lookup: LookupFunction = (_hostname, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const req = client.request(url, { method: "GET", headers, lookup, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new FeedError("too_large", "calendar.feedError.tooLarge", { megabytes: Math.round(maxBytes / 1024 / 1024) }));
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    const timer = setTimeout(
      () => req.destroy(new FeedError("timeout", "calendar.feedError.timeout", { seconds: Math.round((options.timeoutMs ?? FEED_TIMEOUT_MS) / 1000) })),
      Math.max(0, deadline - Date.now()),
    );
    req.on("error", (error) => reject(error instanceof FeedError ? error : new FeedError("unreachable", "calendar.feedError.unreachable")));
    req.on("close", () => clearTimeout(timer));
    req.end();
  });
}

function httpProblem(status: number): FeedError {
  if (status === 404 || status === 410) return new FeedError("http", "calendar.feedError.notFound", { status });
  if (status === 401 || status === 403) return new FeedError("http", "calendar.feedError.forbidden", { status });
  if (status >= 500) return new FeedError("http", "calendar.feedError.serverFailed", { status });
  return new FeedError("http", "calendar.feedError.otherStatus", { status });
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/**
 * Fetches a feed: https only (plain http to loopback in demo mode), never into a private network —
 * checked for every address of the host and again after each redirect, followed here by hand.
 * Conditional headers spare an unchanged calendar; the time and size are capped.
 */
export async function fetchFeed(raw: string, validators: FeedValidators, options: FetchOptions): Promise<FetchResult> {
  const deadline = Date.now() + (options.timeoutMs ?? FEED_TIMEOUT_MS);
  const headers: Record<string, string> = { Accept: "text/calendar, */*;q=0.5", "User-Agent": "Keyhost calendar sync" };
  if (validators.etag) headers["If-None-Match"] = validators.etag;
  if (validators.lastModified) headers["If-Modified-Since"] = validators.lastModified;
  let url = checkFeedUrl(raw, options.allowLoopback);
  for (let hop = 0; ; hop++) {
    const target = await checkedAddress(url, options);
    const answer = await request(url, target, headers, options, deadline);
    if ([301, 302, 303, 307, 308].includes(answer.status)) {
      const location = header(answer.headers.location);
      if (!location) throw httpProblem(answer.status);
      if (hop >= (options.maxRedirects ?? FEED_MAX_REDIRECTS)) throw new FeedError("http", "calendar.feedError.tooManyRedirects");
      url = checkFeedUrl(new URL(location, url).toString(), options.allowLoopback);
      continue;
    }
    if (answer.status === 304) return { status: "not_modified" };
    if (answer.status < 200 || answer.status >= 300) throw httpProblem(answer.status);
    return { status: "ok", body: answer.body, etag: header(answer.headers.etag), lastModified: header(answer.headers["last-modified"]) };
  }
}
