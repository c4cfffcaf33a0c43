import "server-only";
import { problemWords } from "@/lib/checks/rules";
import type { CheckProblem } from "@/lib/checks/types";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import { formatLocalInstant } from "@/lib/time/format-instant";

/** The stay an alert is about, as the host knows it. Never the code: a host's inbox is not where codes go. */
export interface AlertStay {
  id: string;
  guestName: string;
  propertyName: string;
  checkIn: Date;
  zone: string;
}

const arrives = (stay: AlertStay, locale: Locale) => `${formatLocalInstant(stay.checkIn, stay.zone, locale)} (${stay.zone})`;

/**
 * The e-mail for a problem found by a check: which guest, which door, what is wrong, the one step, a
 * link. In `locale`, the host's language: the problem is worded afresh from its kind.
 */
export function alertMail(stay: AlertStay, problem: CheckProblem, hoursBefore: number | null, appUrl: string, locale: Locale) {
  const t = translateIn(locale, "mail");
  const words = problemWords(problem, translateIn(locale, "checks"));
  return {
    subject: t("alertSubject", { lock: problem.lockName, guest: stay.guestName }),
    text: [
      t("arrives", { guest: stay.guestName, property: stay.propertyName, when: arrives(stay, locale) }),
      "",
      t("door", { lock: problem.lockName }),
      t("whatIsWrong", { problem: words.title }),
      t("whatFixes", { fix: words.fix }),
      t("openIt", { url: `${appUrl}${problem.fixPath}` }),
      "",
      t("theStay", { url: `${appUrl}/stays/${stay.id}` }),
      hoursBefore === null ? t("foundByCheck") : t("foundBy", { hours: hoursBefore }),
    ].join("\n"),
  };
}

/** The short note once a problem has cleared, in `locale`. */
export function resolvedMail(stay: AlertStay, problem: CheckProblem, appUrl: string, locale: Locale) {
  const t = translateIn(locale, "mail");
  return {
    subject: t("resolvedSubject", { lock: problem.lockName, guest: stay.guestName }),
    text: [
      t("resolvedIntro"),
      problemWords(problem, translateIn(locale, "checks")).title,
      "",
      t("nothingMore", { lock: problem.lockName, guest: stay.guestName, when: arrives(stay, locale) }),
      "",
      t("theStay", { url: `${appUrl}/stays/${stay.id}` }),
    ].join("\n"),
  };
}
