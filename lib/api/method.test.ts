import { describe, expect, it } from "vitest";
import { methodNotAllowed } from "./method";

describe("methodNotAllowed", () => {
  it("answers 405 in the API's error shape and names the methods the route has", async () => {
    const response = await methodNotAllowed("GET", "PATCH")();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, PATCH");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "This address takes GET, PATCH only." } });
  });
});
