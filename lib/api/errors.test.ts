import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NukiError, type NukiErrorKind } from "@/lib/nuki/errors";
import type { Locale } from "@/lib/i18n/config";
import { ERROR_CODES } from "@/lib/errors/domain-error";
import { ApiError, ERROR_STATUS, errorResponse } from "./errors";

async function answer(error: unknown, locale?: Locale) {
  const response = errorResponse(error, locale);
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
    const { status, body } = await answer(new ApiError("forbidden_origin", "foreignOrigin"));
    expect(status).toBe(403);
    expect(body).toEqual({ error: { code: "forbidden_origin", message: "This change must come from Keyhost's own pages." } });
  });

  it("answers in the language asked for, with the same code", async () => {
    const error = new ApiError("has_stays", "hasStays", undefined, undefined, { count: 2 });
    expect(error.message).toBe("This property has 2 stays that are not cancelled. Cancel them first.");
    const { body } = await answer(error, "de");
    expect(body.error).toEqual({ code: "has_stays", message: "Diese Unterkunft hat 2 Aufenthalte, die nicht storniert sind. Stornieren Sie sie zuerst." });
  });

  it("puts Nuki's own words into the sentence in either language", async () => {
    const refused = new NukiError("conflict", "409", 409, "Duplicate code");
    expect((await answer(refused)).body.error).toEqual({ code: "conflict", message: "Nuki refused the change because it conflicts with an existing one. Nuki said: Duplicate code" });
    expect((await answer(refused, "de")).body.error).toEqual({
      code: "conflict",
      message: "Nuki hat die Änderung abgelehnt, weil sie einer bestehenden widerspricht. Nuki meldet: Duplicate code",
    });
    expect((await answer(new NukiError("invalid", "400", 400), "de")).body.error.message).toBe("Nuki hat die Änderung abgelehnt.");
  });

  it("passes zod's own wording on as it is, a schema's key translated", async () => {
    const zodSaid = z.object({ n: z.number() }).safeParse({ n: "x" });
    const { body } = await answer(zodSaid.error, "de");
    expect(body.error.message).toBe(zodSaid.error!.issues[0]!.message);
    expect(body.error.field).toBe("n");
  });

  it("says an unexpected error in the language asked for", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await answer(new Error("boom"))).body.error.message).toBe("Something went wrong on our side. Nothing was changed; try again.");
    expect((await answer(new Error("boom"), "de")).body.error).toEqual({
      code: "internal",
      message: "Bei uns ist etwas schiefgegangen. Es wurde nichts geändert; versuchen Sie es erneut.",
    });
    log.mockRestore();
  });

  it("never leaks an unexpected error's details", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { status, body } = await answer(new Error("secret stack detail"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    log.mockRestore();
  });
});

describe("the error codes", () => {
  it("are the same closed set in every language, each with one status", () => {
    expect([...ERROR_CODES]).toEqual([
      "invalid_json", "invalid_input", "payload_too_large", "method_not_allowed", "forbidden_origin", "unauthorized",
      "session_expired", "rate_limited", "code_generation_limited", "not_found", "code_taken", "keypad_not_paired",
      "rejected_by_nuki", "conflict", "operation_pending", "deleting", "still_saving", "nothing_to_repair",
      "missing_on_lock", "cancelled", "has_stays", "property_deleted", "no_backup_code", "backup_codes_full",
      "pin_not_saved", "pin_disabled", "mail_disabled", "mail_failed", "invalid_delivery", "invalid_signature",
      "replayed", "webhooks_disabled", "upstream_unavailable", "internal",
    ]);
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });
});
