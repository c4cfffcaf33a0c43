import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkForm } from "@/lib/stays/form-errors";
import { feedCreateError } from "./form-checks";
import { feedCreateSchema } from "./schema";
import { FEED_LABELS } from "./types";

describe("the feed form's check in the browser", () => {
  it("finds the same first problem as the server's schema", () => {
    fc.assert(
      fc.property(
        fc.record({
          label: fc.oneof(fc.constantFrom(...FEED_LABELS), fc.constantFrom("", "airbnb")),
          url: fc.oneof(fc.constantFrom("", "  ", "https://example.com/a.ics", "x".repeat(2000), ` ${"x".repeat(2000)} `, "x".repeat(2001)), fc.webUrl()),
        }),
        (feed) => {
          const server = checkForm(feedCreateSchema, feed);
          expect(feedCreateError(feed)).toEqual(server.ok ? null : server.error);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
