import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { encodeCursor } from "@/lib/activity/cursor";
import { parseEntryQuery } from "./query";

const parse = (qs: string) => parseEntryQuery(new URLSearchParams(qs));

describe("parseEntryQuery", () => {
  it("reads every field, with a default page size, and ignores empty ones", () => {
    const cursor = encodeCursor({ "17923456781": "a".repeat(24) });
    expect(parse("")).toEqual({ limit: 25 });
    expect(parse(`pinId=${"b".repeat(24)}&from=2026-11-01&to=2026-11-23&limit=100&cursor=${cursor}`)).toEqual({ pinId: "b".repeat(24), from: "2026-11-01", to: "2026-11-23", limit: 100, cursor });
    expect(parse("pinId=&from=&cursor=")).toEqual({ limit: 25 });
  });

  it.each([
    ["limit=0", "limit"], ["limit=101", "limit"], ["limit=ten", "limit"], ["limit=1.5", "limit"],
    ["pinId=../auth", "pinId"], ["from=2026-02-30", "from"], ["to=23.11.2026", "to"],
    ["from=2026-11-23&to=2026-11-01", "to"], ["cursor=abc", "cursor"],
  ])("refuses %s naming %s", (qs, field) => {
    try {
      parse(qs);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "invalid_input", field });
    }
  });
});
