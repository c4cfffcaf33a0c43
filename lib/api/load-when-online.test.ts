import { afterEach, describe, expect, it, vi } from "vitest";
import { loadWhenOnline } from "./load-when-online";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("loadWhenOnline", () => {
  it("waits for the signal after a load failed offline, then loads again", async () => {
    const events = new EventTarget();
    const navigator = { onLine: false };
    vi.stubGlobal("navigator", navigator);
    vi.stubGlobal("window", events);
    const load = vi.fn().mockRejectedValueOnce(new Error("Failed to load chunk")).mockResolvedValueOnce("editor");
    const loading = loadWhenOnline(load);
    await new Promise((r) => setTimeout(r, 10));
    expect(load).toHaveBeenCalledTimes(1);
    navigator.onLine = true;
    events.dispatchEvent(new Event("online"));
    await expect(loading).resolves.toBe("editor");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("passes on a failure that has nothing to do with the signal", async () => {
    vi.stubGlobal("navigator", { onLine: true });
    await expect(loadWhenOnline(() => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
  });
});
