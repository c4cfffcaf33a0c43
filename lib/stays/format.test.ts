import { describe, expect, it } from "vitest";
import { formatStayDate, formatStayDates } from "./format";

describe("stay dates in words", () => {
  it("names the weekday of the calendar date, whatever the browser's zone", () => {
    expect(formatStayDate("2027-01-08")).toBe("Fri 8 Jan 2027");
    expect(formatStayDates("2027-01-08", "2027-01-10")).toBe("Fri 8 Jan 2027 → Sun 10 Jan 2027 · 2 nights");
    expect(formatStayDates("2028-02-28", "2028-02-29")).toBe("Mon 28 Feb 2028 → Tue 29 Feb 2028 · 1 night");
  });
});
