import { describe, expect, it } from "vitest";
import { nextConfirmCheck, retryDelay, RETRY_CAP_MS } from "./schedule";

describe("nextConfirmCheck", () => {
  const sent = 1_000_000;
  it("checks every 500 ms for five seconds, every second up to ten, then slower", () => {
    expect(nextConfirmCheck(sent, sent, 90_000) - sent).toBe(500);
    expect(nextConfirmCheck(sent, sent + 500, 90_000) - sent).toBe(1_000);
    expect(nextConfirmCheck(sent, sent + 2_999, 90_000) - sent).toBe(3_000);
    expect(nextConfirmCheck(sent, sent + 3_000, 90_000) - sent).toBe(3_500);
    expect(nextConfirmCheck(sent, sent + 5_000, 90_000) - sent).toBe(6_000);
    expect(nextConfirmCheck(sent, sent + 9_200, 90_000) - sent).toBe(10_000);
    expect(nextConfirmCheck(sent, sent + 10_000, 90_000) - sent).toBe(12_000);
    expect(nextConfirmCheck(sent, sent + 16_000, 90_000) - sent).toBe(20_000);
    expect(nextConfirmCheck(sent, sent + 31_000, 90_000) - sent).toBe(60_000);
  });
  it("looks at most 20 times in the first 30 seconds", () => {
    let checks = 0;
    for (let at = sent; at < sent + 30_000; at = nextConfirmCheck(sent, at, 90_000)) checks++;
    expect(checks).toBeLessThanOrEqual(20);
  });
  it("lands on the end of the window, and after it never schedules in the past", () => {
    expect(nextConfirmCheck(sent, sent + 3_000, 5_000) - sent).toBe(3_500);
    expect(nextConfirmCheck(sent, sent + 4_800, 5_000) - sent).toBe(5_000);
    expect(nextConfirmCheck(sent, sent + 4_000, 4_200) - sent).toBe(4_200);
    expect(nextConfirmCheck(sent, sent + 70_000, 75_000) - sent).toBe(75_000);
    expect(nextConfirmCheck(sent, sent + 80_000, 75_000)).toBe(sent + 80_001);
  });
});

describe("retryDelay", () => {
  it("doubles per failure between half and all of the step, capped", () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(500);
    expect(retryDelay(1, undefined, () => 1)).toBe(1_000);
    expect(retryDelay(4, undefined, () => 0)).toBe(4_000);
    expect(retryDelay(4, undefined, () => 1)).toBe(8_000);
    expect(retryDelay(30, undefined, () => 1)).toBe(RETRY_CAP_MS);
  });
  it("spreads retries that fail together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(3, undefined)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(2_000);
  });
  it("never retries before Retry-After", () => {
    expect(retryDelay(1, 7, () => 0)).toBe(7_000);
    expect(retryDelay(8, 2, () => 1)).toBe(64_000 > RETRY_CAP_MS ? RETRY_CAP_MS : 64_000);
  });
});
