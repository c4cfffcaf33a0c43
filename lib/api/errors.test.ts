import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NukiError, type NukiErrorKind } from "@/lib/nuki/errors";
import { ApiError, errorResponse } from "./errors";

async function answer(error: unknown) {
  const response = errorResponse(error);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe("errorResponse", () => {
  it.each<[NukiErrorKind, number, string]>([
    ["unauthorized", 401, "session_expired"],
    ["not_found", 404, "not_found"],
    ["conflict", 409, "conflict"],
    ["unprocessable", 422, "rejected_by_nuki"],
    ["locked", 409, "operation_pending"],
    ["rate_limited", 429, "rate_limited"],
    ["unavailable", 502, "upstream_unavailable"],
    ["bad_response", 502, "upstream_unavailable"],
  ])("maps Nuki's %s to %i %s", async (kind, status, code) => {
    const { status: s, body } = await answer(new NukiError(kind, "x"));
    expect(s).toBe(status);
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe("string");
  });

  it("passes on Retry-After for rate limits", async () => {
    const { headers } = await answer(new NukiError("rate_limited", "x", 429, undefined, 12));
    expect(headers.get("retry-after")).toBe("12");
  });

  it("names the field of invalid input", async () => {
    const parsed = z.object({ name: z.string().min(1, "Name is required") }).safeParse({ name: "" });
    const { status, body } = await answer(parsed.error);
    expect(status).toBe(422);
    expect(body.error).toEqual({ code: "invalid_input", message: "Name is required", field: "name" });
  });

  it("keeps an ApiError as it is", async () => {
    const { status, body } = await answer(new ApiError("forbidden_origin", "no"));
    expect(status).toBe(403);
    expect(body).toEqual({ error: { code: "forbidden_origin", message: "no" } });
  });

  it("never leaks an unexpected error's details", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { status, body } = await answer(new Error("secret stack detail"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    log.mockRestore();
  });
});
