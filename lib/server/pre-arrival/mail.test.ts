import { describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/checks/rules";
import { translateIn } from "@/lib/i18n/translate";
import { alertMail, resolvedMail, type AlertStay } from "./mail";

const APP = "https://keyhost.example";
const stay: AlertStay = { id: "s1", guestName: "Ida Kern", propertyName: "Flat", checkIn: new Date("2026-12-05T14:00:00Z"), zone: "Europe/Berlin" };
// Stored in English by an earlier check: the e-mail words it afresh from its kind.
const problem = describeProblem("code_failed", 7, "Front door", translateIn("en", "checks"));

describe("the pre-arrival e-mails", () => {
  it("are written in English", () => {
    const mail = alertMail(stay, problem, 2, APP, "en");
    expect(mail.subject).toBe("Check-in at risk: Front door for Ida Kern");
    expect(mail.text.split("\n")).toEqual([
      "Ida Kern arrives at Flat on 5 Dec 2026, 15:00 (Europe/Berlin).",
      "",
      "Door: Front door",
      "What is wrong: The guest's code could not be saved on Front door.",
      "What fixes it: Open the door and press Retry on the guest's code.",
      `Open it: ${APP}/locks/7`,
      "",
      `The stay: ${APP}/stays/s1`,
      "Found by Keyhost's check 2 h before check-in. You get one e-mail per problem, and a short note when it clears.",
    ]);
    expect(resolvedMail(stay, problem, APP, "en").subject).toBe("Resolved: Front door for Ida Kern");
  });

  it("are written in German for a host who reads Keyhost in German", () => {
    const mail = alertMail(stay, problem, 24, APP, "de");
    expect(mail.subject).toBe("Check-in gefährdet: Front door für Ida Kern");
    expect(mail.text.split("\n")).toEqual([
      "Ida Kern reist am 5. Dez. 2026, 15:00 (Europe/Berlin) in Flat an.",
      "",
      "Tür: Front door",
      "Was nicht stimmt: Der Code des Gastes konnte nicht auf Front door gespeichert werden.",
      "Was hilft: Öffnen Sie die Tür und tippen Sie beim Code des Gastes auf „Erneut versuchen“.",
      `Öffnen: ${APP}/locks/7`,
      "",
      `Der Aufenthalt: ${APP}/stays/s1`,
      "Gefunden bei der Prüfung durch Keyhost 24 Std. vor dem Check-in. Sie erhalten eine E-Mail pro Problem und eine kurze Nachricht, sobald es behoben ist.",
    ]);
    expect(alertMail(stay, problem, null, APP, "de").text).toContain("Gefunden bei der Prüfung durch Keyhost. Sie erhalten");

    const resolved = resolvedMail(stay, problem, APP, "de");
    expect(resolved.subject).toBe("Behoben: Front door für Ida Kern");
    expect(resolved.text.split("\n")).toEqual([
      "Keyhost hat das vor der Anreise des Gastes gefunden, und es ist inzwischen behoben:",
      "Der Code des Gastes konnte nicht auf Front door gespeichert werden.",
      "",
      "An Front door ist für die Anreise von Ida Kern am 5. Dez. 2026, 15:00 (Europe/Berlin) nichts mehr zu tun.",
      "",
      `Der Aufenthalt: ${APP}/stays/s1`,
    ]);
  });
});
