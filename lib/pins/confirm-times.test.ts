import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { confirmTimes, describeConfirmTimes, formatDuration, percentile, slowBoundMs } from "./confirm-times";

const t = translateIn("en", "pins");

describe("confirm-time figures", () => {
  it("takes nearest-rank percentiles", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([4000], 90)).toBe(4000);
    const tens = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5].map((n) => n * 1000);
    expect(percentile(tens, 50)).toBe(5000);
    expect(percentile(tens, 90)).toBe(9000);
    expect(percentile(tens, 100)).toBe(10_000);
  });

  it("uses only the last 50 writes (newest first)", () => {
    const samples = [...Array(50).fill(1000), ...Array(30).fill(60_000)];
    expect(confirmTimes(samples, 30_000)).toEqual({ writes: 50, medianMs: 1000, p90Ms: 1000, slowAfterMs: 3000, fromHistory: true });
  });

  it("keeps the default bound until five writes are measured", () => {
    expect(slowBoundMs([], 30_000)).toBe(30_000);
    expect(slowBoundMs([1000, 1000, 1000, 1000], 30_000)).toBe(30_000);
    expect(confirmTimes([1000, 2000], 30_000)).toMatchObject({ writes: 2, medianMs: 1000, p90Ms: 2000, slowAfterMs: 30_000, fromHistory: false });
  });

  it("derives the bound from the lock's own 90th percentile, within 2 s and the default", () => {
    expect(slowBoundMs(Array(10).fill(500), 30_000)).toBe(2500); // p90 + 2 s beats twice 0.5 s
    expect(slowBoundMs(Array(10).fill(4000), 30_000)).toBe(8000); // twice p90
    expect(slowBoundMs(Array(10).fill(100), 30_000)).toBe(2100);
    expect(slowBoundMs(Array(10).fill(0), 30_000)).toBe(2000);
    expect(slowBoundMs(Array(10).fill(20_000), 30_000)).toBe(30_000); // never later than the default
  });

  it("says it in the host's words", () => {
    expect(formatDuration(3500)).toBe("3.5 s");
    expect(formatDuration(4000)).toBe("4 s");
    expect(formatDuration(12_400)).toBe("12 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(describeConfirmTimes(confirmTimes([], 5000), t)).toBe("No code changes timed on this lock yet. Keyhost says a code is taking longer than usual after 5 s.");
    expect(describeConfirmTimes(confirmTimes(Array(12).fill(2000).concat([4000]), 30_000), t)).toBe(
      "Codes usually reach this lock within 2 s (half within 2 s, over its last 13 changes). Keyhost says a code is taking longer than usual after 4 s.",
    );
    expect(describeConfirmTimes(confirmTimes([1500], 5000), t)).toMatch(/within 1\.5 s .*its last change\)\. .* after 5 s until more are timed\.$/);
  });
});
