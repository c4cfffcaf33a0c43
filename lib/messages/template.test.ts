import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { formatWallTime, joinNames } from "./format";
import { defaultTemplate, describeDoorWindow, renderGuestMessage } from "./render";
import { PLACEHOLDERS, templateFor, validateTemplate, type GuestMessageData, type GuestMessageDoor } from "./template";

const DEFAULT_MESSAGE_TEMPLATE = defaultTemplate("en");
const en = translateIn("en", "guestMessages");

const front: GuestMessageDoor = { name: "Front door", timeZone: "Europe/Berlin", validFrom: "2026-12-04T15:00", validUntil: "2026-12-06T11:00" };
const data = (over: Partial<GuestMessageData> = {}): GuestMessageData => ({ guestName: "Anna", code: "583926", doors: [front], ...over });
const render = (template: string | null, over: Partial<GuestMessageData> = {}) => renderGuestMessage(template, data(over));

describe("formatWallTime", () => {
  it.each([
    ["2026-12-04T15:00", "Fri 4 Dec 2026, 15:00"],
    ["2027-01-01T00:05", "Fri 1 Jan 2027, 00:05"],
    ["2028-02-29T23:59", "Tue 29 Feb 2028, 23:59"],
    ["2027-03-28T02:30", "Sun 28 Mar 2027, 02:30"],
  ])("%s → %s", (wall, shown) => expect(formatWallTime(wall)).toBe(shown));

  it.each(["2027-02-29T10:00", "2026-13-01T10:00", "2026-12-04T24:00", "2026-12-04 15:00", "soon"])("shows %s as it is rather than guessing", (wall) => {
    expect(formatWallTime(wall)).toBe(wall);
  });
});

describe("joinNames", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
  ])("%j → %s", (names, joined) => expect(joinNames(names, en)).toBe(joined));

  it("joins with „und“ in German", () => {
    expect(joinNames(["A", "B", "C"], translateIn("de", "guestMessages"))).toBe("A, B und C");
  });
});

describe("renderGuestMessage", () => {
  it("fills every placeholder, times in the lock's wall time with its zone", () => {
    const { subject, text } = render("Subject: Code for {guest}\n{guest}|{code}|{doors}|{from}|{until}|{property}", { propertyName: "Lake House" });
    expect(subject).toBe("Code for Anna");
    expect(text).toBe("Anna|583926|Front door|Fri 4 Dec 2026, 15:00 (Europe/Berlin)|Sun 6 Dec 2026, 11:00 (Europe/Berlin)|Lake House");
  });

  it("uses the default template for null, empty and blank templates", () => {
    const expected = render(DEFAULT_MESSAGE_TEMPLATE);
    expect(render(null)).toEqual(expected);
    expect(render("")).toEqual(expected);
    expect(render(" \n\t ")).toEqual(expected);
  });

  it("writes a friendly default message holding everything the guest needs", () => {
    const { subject, text } = render(null, { propertyName: "Lake House" });
    expect(subject).toBe("Your door code for Lake House");
    expect(text).toMatch(/^Hello Anna,/);
    expect(text).toContain("\n583926\n");
    expect(text).toContain("Opens: Front door");
    expect(text).toContain("Valid from: Fri 4 Dec 2026, 15:00 (Europe/Berlin)");
    expect(text).toContain("Valid until: Sun 6 Dec 2026, 11:00 (Europe/Berlin)");
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/^Subject:/i);
  });

  it("says “any time” for an open end or no window at all", () => {
    expect(render("{from} / {until}", { doors: [{ ...front, validUntil: null }] }).text).toBe("Fri 4 Dec 2026, 15:00 (Europe/Berlin) / any time");
    expect(render("{from} / {until}", { doors: [{ ...front, validFrom: null, validUntil: null }] }).text).toBe("any time / any time");
  });

  it("names the doors when they share one window", () => {
    const doors = [front, { ...front, name: "Garden gate" }, { ...front, name: "Garage" }];
    expect(render("{doors}", { doors }).text).toBe("Front door, Garden gate and Garage");
  });

  it("lists each door with its own window when windows differ, and uses the first door for {from}/{until}", () => {
    const doors = [front, { name: "Garden gate", timeZone: "Europe/Berlin", validFrom: "2026-12-04T09:00", validUntil: null }];
    expect(render("Opens: {doors}\nFrom {from}", { doors }).text).toBe(
      "Opens:\n- Front door: Fri 4 Dec 2026, 15:00 until Sun 6 Dec 2026, 11:00 (Europe/Berlin)\n- Garden gate: from Fri 4 Dec 2026, 09:00 (Europe/Berlin)\nFrom Fri 4 Dec 2026, 15:00 (Europe/Berlin)",
    );
  });

  it("lists each door when only the zone differs, since the same wall time is another moment", () => {
    const doors = [front, { ...front, name: "Studio", timeZone: "Europe/London" }];
    expect(render("{doors}", { doors }).text).toBe(
      "- Front door: Fri 4 Dec 2026, 15:00 until Sun 6 Dec 2026, 11:00 (Europe/Berlin)\n- Studio: Fri 4 Dec 2026, 15:00 until Sun 6 Dec 2026, 11:00 (Europe/London)",
    );
  });

  it("tells the guest about weekday or daily limits inside the window", () => {
    const limited = { ...front, hours: "Mon–Fri 08:00–18:00" };
    expect(render("{doors}", { doors: [limited] }).text).toBe("Front door (Mon–Fri 08:00–18:00 only, Europe/Berlin)");
    expect(render("{doors}", { doors: [limited, front] }).text).toContain("- Front door: Fri 4 Dec 2026, 15:00 until Sun 6 Dec 2026, 11:00 (Europe/Berlin), Mon–Fri 08:00–18:00 only\n- Front door: Fri");
  });

  it("falls back to the door names for {property}, and copes with no doors", () => {
    expect(render("{property}", { doors: [front, { ...front, name: "Garage" }] }).text).toBe("Front door and Garage");
    expect(render("{property}", { propertyName: "  " }).text).toBe("Front door");
    expect(render("{doors}|{from}|{until}|{property}", { doors: [] }).text).toBe("the door|any time|any time|your stay");
  });

  it("leaves unknown placeholders visible and replaces every occurrence of known ones", () => {
    expect(render("{code} {wifi} {code} {Guest} {}").text).toBe("583926 {wifi} 583926 {Guest} {}");
  });

  it("takes no placeholder syntax from the values themselves", () => {
    expect(render("{guest} {code}", { guestName: "{code}" }).text).toBe("{code} 583926");
  });

  it("keeps the subject on one line and takes the default subject when the template has none", () => {
    expect(render("subject:   Hi\t{guest}  \n\nBody").subject).toBe("Hi Anna");
    expect(render("Subject:   \nBody").subject).toBe("Your door code for Front door");
    expect(render("Just {code}")).toEqual({ subject: "Your door code for Front door", text: "Just 583926" });
    expect(render("Subject: {doors}\nx", { doors: [front, { ...front, name: "Gate", validFrom: null }] }).subject).toMatch(/^- Front door: .* - Gate: /);
  });

  it("drops trailing spaces and surrounding blank lines, and normalises CRLF", () => {
    expect(render("\r\n  Hello {guest}   \r\nCode {code}\t\r\n\r\n").text).toBe("Hello Anna\nCode 583926");
  });
});

describe("describeDoorWindow", () => {
  it.each<[Partial<GuestMessageDoor>, string]>([
    [{}, "Fri 4 Dec 2026, 15:00 until Sun 6 Dec 2026, 11:00 (Europe/Berlin)"],
    [{ validUntil: null }, "from Fri 4 Dec 2026, 15:00 (Europe/Berlin)"],
    [{ validFrom: null }, "until Sun 6 Dec 2026, 11:00 (Europe/Berlin)"],
    [{ validFrom: null, validUntil: null }, "any time"],
    [{ validFrom: null, validUntil: null, hours: "Sat–Sun" }, "Sat–Sun (Europe/Berlin)"],
  ])("%j → %s", (over, text) => expect(describeDoorWindow({ ...front, ...over })).toBe(text));
});

describe("validateTemplate", () => {
  it("accepts every known placeholder, including the default template", () => {
    expect(validateTemplate(PLACEHOLDERS.map((p) => `{${p}}`).join(" "))).toEqual([]);
    expect(validateTemplate(DEFAULT_MESSAGE_TEMPLATE)).toEqual([]);
  });

  it("names unknown placeholders once each, in order, case-sensitively", () => {
    expect(validateTemplate("{wifi} {code} {Guest} {wifi} {check_in}")).toEqual(["wifi", "Guest", "check_in"]);
  });

  it("ignores braces that are not placeholders", () => {
    expect(validateTemplate("{} { code } {1st} {{")).toEqual([]);
  });
});

describe("a German message", () => {
  const de = (template: string | null, over: Partial<GuestMessageData> = {}) => renderGuestMessage(template, data(over), "de");

  it("writes dates as „Fr., 4. Dez. 2026, 15:00“", () => {
    expect(formatWallTime("2026-12-04T15:00", "de")).toBe("Fr., 4. Dez. 2026, 15:00");
    expect(formatWallTime("2027-03-28T02:30", "de")).toBe("So., 28. März 2027, 02:30");
    expect(formatWallTime("2027-02-29T10:00", "de")).toBe("2027-02-29T10:00");
  });

  it("uses the German default template, with German dates, for a stay with two doors", () => {
    const { subject, text } = de(null, { guestName: "Anna", propertyName: "Seeblick", doors: [front, { ...front, name: "Gartentor" }] });
    expect(subject).toBe("Ihr Türcode für Seeblick");
    expect(text).toMatch(/^Hallo Anna,/);
    expect(text).toContain("\n583926\n");
    expect(text).toContain("Öffnet: Front door und Gartentor");
    expect(text).toContain("Gültig ab: Fr., 4. Dez. 2026, 15:00 (Europe/Berlin)");
    expect(text).toContain("Gültig bis: So., 6. Dez. 2026, 11:00 (Europe/Berlin)");
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/^Betreff:/im);
  });

  it("says „jederzeit“, „die Tür“ and lists each door's window in German", () => {
    expect(de("{from} / {until}", { doors: [{ ...front, validUntil: null }] }).text).toBe("Fr., 4. Dez. 2026, 15:00 (Europe/Berlin) / jederzeit");
    expect(de("{doors}|{from}|{property}", { doors: [] }).text).toBe("die Tür|jederzeit|Ihre Unterkunft");
    const doors = [front, { name: "Gartentor", timeZone: "Europe/Berlin", validFrom: "2026-12-04T09:00", validUntil: null, hours: "Mo.–Fr. 08:00–18:00" }];
    expect(de("{doors}", { doors }).text).toBe("- Front door: Fr., 4. Dez. 2026, 15:00 bis So., 6. Dez. 2026, 11:00 (Europe/Berlin)\n- Gartentor: ab Fr., 4. Dez. 2026, 09:00 (Europe/Berlin), nur Mo.–Fr. 08:00–18:00");
    expect(de("{doors}", { doors: [{ ...front, hours: "Sa., So." }] }).text).toBe("Front door (nur Sa., So., Europe/Berlin)");
    expect(describeDoorWindow({ ...front, validFrom: null }, "de")).toBe("bis So., 6. Dez. 2026, 11:00 (Europe/Berlin)");
  });

  it("takes a host's German template and its „Betreff:“ line, else the German default subject", () => {
    expect(de("Betreff: Code für {guest}\nHallo {guest}, {code}")).toEqual({ subject: "Code für Anna", text: "Hallo Anna, 583926" });
    expect(de("Nur {code}").subject).toBe("Ihr Türcode für Front door");
    expect(render("Betreff: Hi\nx").subject).toBe("Hi");
  });

  it("has a German default with the same placeholders as the English one", () => {
    const used = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(validateTemplate(defaultTemplate("de"))).toEqual([]);
    expect(used(defaultTemplate("de"))).toEqual(used(DEFAULT_MESSAGE_TEMPLATE));
    expect(defaultTemplate("de")).toMatch(/^Betreff: Ihr Türcode für \{property\}\n\nHallo \{guest\},/);
  });
});

describe("templateFor", () => {
  it("picks the property's template in the language, null for the default", () => {
    const property = { messageTemplate: "Hi {guest}", messageTemplateDe: "Hallo {guest}" };
    expect(templateFor(property, "en")).toBe("Hi {guest}");
    expect(templateFor(property, "de")).toBe("Hallo {guest}");
    expect(templateFor({ messageTemplate: "Hi" }, "de")).toBeNull();
    expect(templateFor(null, "en")).toBeNull();
  });
});
