import { describe, expect, it } from "vitest";
import { wallTimeWords } from "./format";

describe("wallTimeWords", () => {
  it("reads the lock's wall time as it is, whatever the viewer's zone", () => {
    expect(wallTimeWords("2026-11-23T15:47:02", "en")).toBe("23 Nov 2026, 15:47");
    expect(wallTimeWords("2026-03-29T02:30", "en")).toBe("29 Mar 2026, 02:30");
    expect(wallTimeWords("2026-01-01", "en")).toBe("1 Jan 2026");
    expect(wallTimeWords("garbage", "en")).toBe("garbage");
  });

  it("speaks German", () => {
    expect(wallTimeWords("2026-12-05T14:05:00", "de")).toBe("5. Dez. 2026, 14:05");
    expect(wallTimeWords("2026-03-01", "de")).toBe("1. März 2026");
  });
});
