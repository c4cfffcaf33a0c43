import { describe, expect, it } from "vitest";
import { forgetProcessSingleton, processSingleton } from "./singleton";

describe("processSingleton", () => {
  it("creates an object once per name, shared through globalThis, until it is forgotten", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const first = processSingleton("test.counter", make);
    expect(processSingleton("test.counter", make)).toBe(first);
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for("keyhost.test.counter")]).toBe(first);
    expect(processSingleton("test.other", make)).not.toBe(first);
    forgetProcessSingleton("test.counter");
    expect(processSingleton("test.counter", make)).toEqual({ n: 3 });
  });
});
