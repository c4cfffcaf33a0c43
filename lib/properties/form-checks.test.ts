import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/stays/form-errors";
import { inputFromPropertyForm, type PropertyFormValues } from "./form";
import { propertyErrors } from "./form-checks";
import { propertyCreateSchema } from "./schema";

const minutes = fc.oneof(fc.constantFrom("", "0", "15", "720", "721", "-1", "1.5", "-1.5", "abc", "1e999", " 30 "), fc.integer({ min: -100, max: 900 }).map(String));
const time = fc.constantFrom("15:00", "11:00", "00:00", "23:59", "24:00", "9:00", "", "noon");
const template = fc.constantFrom("", "  ", "Hello {guest}, your code is {code}", "Hi {gest}", "{foo} and {bar} and {foo}", "x".repeat(2001), `{nope}${"x".repeat(2000)}`, "Subject: Hi\n\n{doors} {from} {until} {property}");
const hours = fc.oneof(
  fc.constantFrom("", "24, 2", "24h 2h", "0", "169", "168", "1.5", "soon", "24, 24", "1, 2, 3, 4, 5", "1 2 3 4", "-1, 2", "2h, x"),
  fc.array(fc.integer({ min: -2, max: 200 }), { maxLength: 6 }).map((list) => list.join(", ")),
);
const lockIds = fc.oneof(
  fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 12 }),
  fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 40 }), { maxLength: 12 }),
  fc.constantFrom<number[]>([0], [1, -2], [1.5]),
);

describe("the property form's checks in the browser", () => {
  it("give the same errors as the server's schema", () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.oneof(fc.constantFrom("", " ", "Beach house", "x".repeat(60), "x".repeat(61), ` ${"x".repeat(60)} `), fc.string({ maxLength: 70 })),
          lockIds,
          checkInTime: time,
          checkOutTime: time,
          earlyMinutes: minutes,
          lateMinutes: minutes,
          messageTemplate: template,
          messageTemplateDe: template,
          messageLanguage: fc.constantFrom("en" as const, "de" as const),
          checkHours: hours,
        }),
        (values: PropertyFormValues) => {
          const input = inputFromPropertyForm(values);
          expect(propertyErrors(input)).toEqual(fieldErrors(propertyCreateSchema, input));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
