import { afterEach, describe, expect, it, vi } from "vitest";

/** The Next route: mounted in demo mode, 404 JSON otherwise. */
describe("app/sim/[...path] route", () => {
  afterEach(() => {
    vi.resetModules();
    vi.doUnmock("@/lib/env/index.mjs");
  });

  it("delegates to the process-wide simulator in demo mode", async () => {
    const route = await import("@/app/sim/[...path]/route");
    expect(route.dynamic).toBe("force-dynamic");
    expect(route.GET).toBe(route.POST);
    const unauthorized = await route.GET(new Request("http://localhost:3000/sim/smartlock"));
    expect(unauthorized.status).toBe(401);
    const state = await route.GET(new Request("http://localhost:3000/sim/_control/state"));
    expect(state.status).toBe(200);
  });

  it("makes Keyhost forget its shared reads when the simulator is changed through a control hook", async () => {
    const route = await import("@/app/sim/[...path]/route");
    const { getReadCache } = await import("@/lib/nuki/read-cache");
    const clear = vi.spyOn(getReadCache(), "clear");
    await route.GET(new Request("http://localhost:3000/sim/_control/state"));
    expect(clear).not.toHaveBeenCalled();
    const changed = await route.POST(new Request("http://localhost:3000/sim/_control/config", { method: "POST", body: "{}" }));
    expect(changed.status).toBe(200);
    expect(clear).toHaveBeenCalledTimes(1);
    clear.mockRestore();
  });

  it("answers 404 JSON outside demo mode", async () => {
    vi.doMock("@/lib/env/index.mjs", async (importOriginal) => {
      const actual = await importOriginal<typeof import("@/lib/env/index.mjs")>();
      return { ...actual, env: { ...actual.env, demoMode: false } };
    });
    const route = await import("@/app/sim/[...path]/route");
    const response = await route.GET(new Request("http://localhost:3000/sim/_control/state"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });
});
