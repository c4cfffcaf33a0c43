import { describe, expect, it } from "vitest";
import type { Pin } from "@/lib/pins/types";
import { PIN_PAGE_SIZE, shownCount } from "./pin-list";

const pins = (statuses: Pin["status"][]) => statuses.map((status) => ({ status }));
const saved = (n: number) => Array.from({ length: n }, () => "saved" as const);

describe("shownCount", () => {
  it("shows one page of a long list and all of a short one", () => {
    expect(shownCount(pins(saved(120)), PIN_PAGE_SIZE)).toBe(PIN_PAGE_SIZE);
    expect(shownCount(pins(saved(6)), PIN_PAGE_SIZE)).toBe(6);
    expect(shownCount(pins(saved(120)), 100)).toBe(100);
  });

  it("reaches down to any PIN still on its way to the lock", () => {
    expect(shownCount(pins([...saved(70), "pending", ...saved(10)]), PIN_PAGE_SIZE)).toBe(71);
    expect(shownCount(pins([...saved(60), "deleting"]), PIN_PAGE_SIZE)).toBe(61);
    expect(shownCount(pins([...saved(60), "failed", "drifted"]), PIN_PAGE_SIZE)).toBe(PIN_PAGE_SIZE);
  });
});
