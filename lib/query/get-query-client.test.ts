import { describe, expect, it } from "vitest";
import { getQueryClient, STALE_TIME_MS } from "./get-query-client";

describe("getQueryClient", () => {
  it("gives every server request its own client, so no user's data reaches another", () => {
    expect(getQueryClient()).not.toBe(getQueryClient());
  });

  it("keeps prefetched data fresh for a while, refreshes on focus, and never polls from a hidden tab", () => {
    const queries = getQueryClient().getDefaultOptions().queries!;
    expect(queries.staleTime).toBe(STALE_TIME_MS);
    expect(STALE_TIME_MS).toBeGreaterThanOrEqual(10_000);
    expect(queries.refetchOnWindowFocus).toBe(true);
    expect(queries.refetchIntervalInBackground).toBe(false);
  });
});

describe("getQueryClient offline", () => {
  it("never pauses a write until the signal returns: it runs and is refused at once", () => {
    expect(getQueryClient().getDefaultOptions().mutations?.networkMode).toBe("always");
  });

  it("retries a dropped connection and a server error, never a refusal", () => {
    const retry = getQueryClient().getDefaultOptions().queries!.retry as (count: number, error: unknown) => boolean;
    const failed = (status: number) => Object.assign(new Error("x"), { status });
    expect(retry(0, failed(0))).toBe(true);
    expect(retry(0, failed(503))).toBe(true);
    expect(retry(0, failed(404))).toBe(false);
    expect(retry(2, failed(503))).toBe(false);
  });
});
