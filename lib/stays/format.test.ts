import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { formatStayDate, formatStayDates } from "./format";

describe("stay dates in words", () => {
  it("names the weekday of the calendar date, whatever the browser's zone", () => {
    const t = translateIn("en", "stays");
    expect(formatStayDate("2027-01-08")).toBe("Fri 8 Jan 2027");
    expect(formatStayDates("2027-01-08", "2027-01-10", t, "en")).toBe("Fri 8 Jan 2027 → Sun 10 Jan 2027 · 2 nights");
    expect(formatStayDates("2028-02-28", "2028-02-29", t, "en")).toBe("Mon 28 Feb 2028 → Tue 29 Feb 2028 · 1 night");
  });

  it("speaks German: the weekday with a comma, the day with a point, and the nights counted", () => {
    const t = translateIn("de", "stays");
    expect(formatStayDate("2027-03-05", "de")).toBe("Fr., 5. März 2027");
    expect(formatStayDates("2027-01-08", "2027-01-10", t, "de")).toBe("Fr., 8. Jan. 2027 → So., 10. Jan. 2027 · 2 Nächte");
    expect(formatStayDates("2028-02-28", "2028-02-29", t, "de")).toBe("Mo., 28. Feb. 2028 → Di., 29. Feb. 2028 · 1 Nacht");
  });
});
