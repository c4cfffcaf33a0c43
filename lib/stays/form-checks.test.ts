import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stayCreateErrors, stayPatchErrors } from "./form-checks";
import { fieldErrors } from "./form-errors";
import { stayCreateSchema, stayPatchSchema } from "./schema";

const UUID = "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11";
const date = fc.oneof(
  fc.constantFrom("", "2027-01-08", "2027-01-10", "2027-02-30", "2028-02-29", "2027-1-08", "2028-01-09", "2028-01-10", "x"),
  fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const time = fc.constantFrom("", "15:00", "00:00", "23:59", "24:00", "9:00", "12:60", "noon");

describe("the stay forms' checks in the browser", () => {
  it("give the same errors as the server's schema for a new stay", () => {
    fc.assert(
      fc.property(
        fc.record({
          guestName: fc.oneof(fc.constantFrom("", "  ", "Anna", " Anna ", "x".repeat(60), "x".repeat(61), ` ${"x".repeat(60)} `), fc.string({ maxLength: 70 })),
          arrival: date,
          departure: date,
          propertyId: fc.constantFrom("", UUID, "1", UUID.toUpperCase()),
        }),
        (stay) => {
          expect(stayCreateErrors(stay)).toEqual(fieldErrors(stayCreateSchema, stay));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("give the same errors as the server's schema for new dates or times", () => {
    fc.assert(
      fc.property(fc.record({ arrival: date, departure: date }), (dates) => {
        expect(stayPatchErrors(dates)).toEqual(fieldErrors(stayPatchSchema, dates));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.record({ checkInTime: fc.option(time), checkOutTime: fc.option(time) }), (times) => {
        expect(stayPatchErrors(times)).toEqual(fieldErrors(stayPatchSchema, times));
      },
      ),
      { numRuns: 500 },
    );
  });
});
