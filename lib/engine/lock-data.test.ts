import { describe, expect, it } from "vitest";
import type { NukiAuth } from "@/lib/nuki/schemas";
import { authsByLock } from "./lock-data";

const auth = (id: string, smartlockId: number) => ({ id, smartlockId }) as NukiAuth;

describe("authsByLock", () => {
  it("gives each lock its own codes from an account-wide listing, in listing order, and none to a lock without any", () => {
    const of = authsByLock([auth("a", 1), auth("b", 2), auth("c", 1)]);
    expect(of(1).map((a) => a.id)).toEqual(["a", "c"]);
    expect(of(2).map((a) => a.id)).toEqual(["b"]);
    expect(of(3)).toEqual([]);
  });
});
