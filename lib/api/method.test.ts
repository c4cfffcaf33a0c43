import { describe, expect, it } from "vitest";
import { methodNotAllowed } from "./method";

describe("methodNotAllowed", () => {
  it("answers 405 in the API's error shape and names the methods the route has", async () => {
    const response = await methodNotAllowed("GET", "PATCH")(new Request("http://localhost/api/x", { method: "PUT" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, PATCH");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "This address takes GET, PATCH only." } });
  });

  it("says so in the request's language", async () => {
    const response = await methodNotAllowed("GET")(new Request("http://localhost/api/x", { method: "PUT", headers: { "Accept-Language": "de-DE" } }));
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "Diese Adresse nimmt nur GET an." } });
  });
});
