import { describe, expect, it } from "vitest";
import { SERVER_HEAP_FLAG, serverNodeOptions } from "../scripts/server-heap.mjs";

describe("serverNodeOptions", () => {
  it("adds the heap cap, keeping the operator's options", () => {
    expect(serverNodeOptions(undefined)).toBe(SERVER_HEAP_FLAG);
    expect(serverNodeOptions(" --enable-source-maps ")).toBe(`--enable-source-maps ${SERVER_HEAP_FLAG}`);
  });

  it("leaves an operator's own cap alone", () => {
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024");
  });
});
