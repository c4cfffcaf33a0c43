import { describe, expect, it } from "vitest";
import { describeProgress, writeProgress } from "./write-progress";

const ctx = { online: true, now: 100_000, maxAttempts: 4, slowAfterMs: 30_000 };

describe("writeProgress", () => {
  it("says why a write waits", () => {
    expect(writeProgress({ attempts: 0, sentAt: null, requestedAt: 99_000, reason: null }, ctx).write.waiting).toBe("sending");
    expect(writeProgress({ attempts: 1, sentAt: 99_500, requestedAt: 99_000, reason: null }, ctx).reason).toBe("Nuki accepted it; waiting for the lock to apply it.");
    expect(writeProgress({ attempts: 2, sentAt: 99_500, requestedAt: 99_000, reason: null }, ctx).write.waiting).toBe("retrying");
    expect(writeProgress({ attempts: 1, sentAt: 99_500, requestedAt: 99_000, reason: "Nuki is busy; Keyhost is trying again." }, ctx).write.waiting).toBe("nuki_busy");
    expect(writeProgress({ attempts: 1, sentAt: 99_500, requestedAt: 99_000, reason: null }, { ...ctx, online: false }).write.waiting).toBe("lock_offline");
  });

  it("is taking longer than usual from the bound on, counted from the host's request", () => {
    const facts = { attempts: 1, sentAt: 95_000, reason: null };
    expect(writeProgress({ ...facts, requestedAt: 70_001 }, ctx).write.slow).toBe(false);
    const slow = writeProgress({ ...facts, requestedAt: 70_000 }, ctx);
    expect(slow.write).toMatchObject({ slow: true, since: new Date(70_000).toISOString(), attempts: 1, maxAttempts: 4 });
    expect(slow.reason).toBe("Taking longer than usual. Nuki accepted it; waiting for the lock to apply it.");
  });

  it("describes attempts and elapsed time", () => {
    const { write } = writeProgress({ attempts: 2, sentAt: 95_000, requestedAt: 10_000, reason: null }, ctx);
    expect(describeProgress(write, 100_000)).toBe("attempt 2 of 4 · 1 min 30 s so far");
    expect(describeProgress({ ...write, attempts: 0 }, 15_000)).toBe("not sent yet · 5 s so far");
  });
});
