import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { deletingWords, describeProgress as describe_, statusReasonWords, writeProgress as progress } from "./write-progress";
import type { WriteContext, WriteFacts } from "./write-progress";

const t = translateIn("en", "pins");
const writeProgress = (facts: WriteFacts, context: WriteContext) => progress(facts, context, t);
const describeProgress = (write: Parameters<typeof describe_>[0], now: number) => describe_(write, now, t);

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

  it("words a deleting PIN's wait, and a pending one's in the host's language", () => {
    const { write } = writeProgress({ attempts: 1, sentAt: 99_500, requestedAt: 99_000, reason: null }, ctx);
    expect(deletingWords(write, t)).toBe("Deleting from the lock…");
    expect(deletingWords({ ...write, waiting: "lock_offline" }, t)).toBe("Deleting from the lock… The lock is offline; Nuki applies it when the lock is back online.");
    const de = translateIn("de", "pins");
    expect(statusReasonWords({ status: "pending", statusReason: "Nuki accepted it; waiting for the lock to apply it.", write }, de)).toBe(
      "Nuki hat die Änderung angenommen; wir warten, bis das Schloss sie übernimmt.",
    );
    expect(statusReasonWords({ status: "failed", statusReason: "Nuki refused the code.", write: undefined }, de)).toBe("Nuki refused the code.");
    expect(describe_({ ...write, attempts: 2 }, Date.parse(write.since) + 65_000, de)).toBe("Versuch 2 von 4 · bisher 1 min 5 s");
  });
});
