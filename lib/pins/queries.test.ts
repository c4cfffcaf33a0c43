import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { Pin } from "./types";
import { PENDING_REFETCH_MS, pinsQueryOptions } from "./queries";

const pin = (status: Pin["status"]) => ({ id: "x", status }) as Pin;

describe("pinsQueryOptions", () => {
  const options = pinsQueryOptions(17_923_456_781);
  const interval = (data: Pin[] | undefined) => {
    const client = new QueryClient();
    if (data) client.setQueryData(options.queryKey, data);
    else client.getQueryCache().build(client, { queryKey: options.queryKey });
    const query = client.getQueryCache().find({ queryKey: options.queryKey })!;
    return (options.refetchInterval as unknown as (q: typeof query) => number | false)(query);
  };

  it("polls quickly while a PIN is on its way to the lock, and not at all otherwise", () => {
    expect(interval([pin("saved"), pin("pending")])).toBe(PENDING_REFETCH_MS);
    expect(interval([pin("deleting")])).toBe(PENDING_REFETCH_MS);
    expect(interval([pin("saved"), pin("drifted"), pin("failed"), pin("unmanaged")])).toBe(false);
    expect(interval(undefined)).toBe(false);
    expect(PENDING_REFETCH_MS).toBeLessThanOrEqual(500);
  });

  it("never polls from a hidden tab", () => {
    expect(options.refetchIntervalInBackground).toBe(false);
  });
});
