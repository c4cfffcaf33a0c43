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
