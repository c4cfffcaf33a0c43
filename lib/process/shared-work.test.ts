import { describe, expect, it } from "vitest";
import { sharedWork } from "./shared-work";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("sharedWork", () => {
  it("runs the work once for callers holding the same answers under the same key, while it runs", async () => {
    const answers = [{}, {}] as const;
    const gate = deferred<string>();
    let runs = 0;
    const work = () => {
      runs += 1;
      return gate.promise;
    };
    const first = sharedWork("test-a", answers, "acct|en", work);
    const second = sharedWork("test-a", answers, "acct|en", work);
    gate.resolve("snapshot");
    expect(await first).toBe("snapshot");
    expect(await second).toBe("snapshot");
    expect(runs).toBe(1);
    // Done: the next caller works it out again.
    await sharedWork("test-a", answers, "acct|en", async () => (runs += 1));
    expect(runs).toBe(2);
  });

  it("does not share across keys, other answer objects or a failure", async () => {
    const locks = {};
    const auths = {};
    const gate = deferred<number>();
    let runs = 0;
    const slow = () => {
      runs += 1;
      return gate.promise;
    };
    const running = sharedWork("test-b", [auths, locks], "acct|en", slow);
    void sharedWork("test-b", [auths, locks], "acct|de", slow);
    void sharedWork("test-b", [auths, {}], "acct|en", slow);
    void sharedWork("test-b", [{}, locks], "acct|en", slow);
    expect(runs).toBe(4);
    gate.resolve(1);
    await running;

    const failing = sharedWork("test-b", [auths, locks], "x", async () => {
      throw new Error("Nuki sent an unexpected response");
    });
    await expect(failing).rejects.toThrow("unexpected");
    expect(await sharedWork("test-b", [auths, locks], "x", async () => "again")).toBe("again");
  });
});
