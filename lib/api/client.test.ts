import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import { ApiClientError, fetchJson, leavingToSignOut } from "./client";
import { setClientErrorTranslator } from "./client-errors";

/** What the page hands over in the browser (`useClientErrorLanguage`). */
function speak(locale: Locale) {
  const t = translateIn(locale, "common");
  setClientErrorTranslator((key, values) => t(`request.${key}`, values));
}

const OFFLINE_WRITE_MESSAGE = "You're offline — nothing was changed; try again when you have signal.";
const NETWORK_FAILURE_MESSAGE = "Keyhost could not be reached. Check your signal; if you were saving, reload to see whether it was saved.";

beforeEach(() => speak("en"));

afterEach(() => {
  vi.unstubAllGlobals();
  setClientErrorTranslator(undefined);
});

function stub({ onLine, fetch }: { onLine: boolean; fetch: (...args: unknown[]) => Promise<Response> }) {
  const spy = vi.fn(fetch);
  vi.stubGlobal("navigator", { onLine });
  vi.stubGlobal("fetch", spy);
  return spy;
}

describe("fetchJson offline", () => {
  it("refuses a write while offline without sending it, saying nothing was changed", async () => {
    const spy = stub({ onLine: false, fetch: async () => Response.json({}) });
    const refused = fetchJson("/api/locks/1/pins", { method: "POST", json: { name: "A" } });
    await expect(refused).rejects.toBeInstanceOf(ApiClientError);
    await expect(refused).rejects.toMatchObject({ code: "offline", status: 0, message: OFFLINE_WRITE_MESSAGE });
    expect(spy).not.toHaveBeenCalled();
  });

  it("still sends a read while offline, so a cached page can try and pause", async () => {
    const spy = stub({ onLine: false, fetch: async () => Response.json({ ok: true }) });
    await expect(fetchJson("/api/locks")).resolves.toEqual({ ok: true });
    expect(spy).toHaveBeenCalledOnce();
  });

  it("sends a write when online", async () => {
    const spy = stub({ onLine: true, fetch: async () => Response.json({ id: "x" }, { status: 201 }) });
    await expect(fetchJson("/api/properties", { method: "POST", json: {} })).resolves.toEqual({ id: "x" });
    expect(spy).toHaveBeenCalledOnce();
  });

  it("turns a dropped connection into a sentence that does not claim the write was or was not saved", async () => {
    stub({ onLine: true, fetch: async () => Promise.reject(new TypeError("Failed to fetch")) });
    await expect(fetchJson("/api/properties", { method: "POST", json: {} })).rejects.toMatchObject({ code: "network", status: 0, message: NETWORK_FAILURE_MESSAGE });
  });

  it("says it in the page's language", async () => {
    speak("de");
    stub({ onLine: false, fetch: async () => Response.json({}) });
    await expect(fetchJson("/api/properties", { method: "POST", json: {} })).rejects.toMatchObject({
      code: "offline",
      message: "Sie sind offline – es wurde nichts geändert; versuchen Sie es erneut, wenn Sie Empfang haben.",
    });
    stub({ onLine: true, fetch: async () => new Response("<html>", { status: 503 }) });
    await expect(fetchJson("/api/locks")).rejects.toMatchObject({ code: "unexpected", message: "Keyhost hat mit 503 geantwortet. Versuchen Sie es erneut." });
  });
});

describe("fetchJson on 401", () => {
  const unauthorized = async () => Response.json({ error: { code: "unauthorized", message: "Sign in to continue." } }, { status: 401 });

  it("leaves for sign-in once, saying why; not while the host is signing out, whose page says so itself", async () => {
    const assign = vi.fn();
    vi.stubGlobal("window", { location: { assign, pathname: "/locks/1" } });
    stub({ onLine: true, fetch: unauthorized });

    leavingToSignOut(true);
    await expect(fetchJson("/api/locks")).rejects.toMatchObject({ status: 401 });
    expect(assign).not.toHaveBeenCalled();

    leavingToSignOut(false);
    await expect(fetchJson("/api/locks")).rejects.toMatchObject({ status: 401 });
    await expect(fetchJson("/api/locks")).rejects.toMatchObject({ status: 401 });
    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith("/signin?callbackUrl=%2Flocks%2F1");
  });
});
