import { describe, expect, it } from "vitest";
import { HEAP_LIMIT_MB, serverNodeFlags } from "@/scripts/server-flags.mjs";

describe("serverNodeFlags", () => {
  it("limits the heap of a server that talks to Nuki, or to a simulator elsewhere", () => {
    expect(serverNodeFlags({ NUKI_CLIENT_ID: "id", NUKI_CLIENT_SECRET: "s" })).toEqual([`--max-old-space-size=${HEAP_LIMIT_MB}`]);
    expect(serverNodeFlags({ NUKI_API_URL: "http://localhost:4000/sim" })).toEqual([`--max-old-space-size=${HEAP_LIMIT_MB}`]);
  });

  it("leaves the heap alone when the server is Nuki too, or NODE_OPTIONS sets a limit", () => {
    expect(serverNodeFlags({})).toEqual([]);
    expect(serverNodeFlags({ NUKI_CLIENT_ID: "id", NODE_OPTIONS: "--max-old-space-size=1024" })).toEqual([]);
  });
});
