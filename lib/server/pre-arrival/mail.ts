import "server-only";
import { checkLabel } from "@/lib/checks/rules";
import type { CheckProblem } from "@/lib/checks/types";
import { formatLocalInstant } from "@/lib/time/format-instant";

/** The stay an alert is about, as the host knows it. Never the code: a host's inbox is not where codes go. */
export interface AlertStay {
  id: string;
  guestName: string;
  propertyName: string;
  checkIn: Date;
  zone: string;
}

const arrives = (stay: AlertStay) => `${formatLocalInstant(stay.checkIn, stay.zone)} (${stay.zone})`;

/** The e-mail for a problem found by a check: which guest, which door, what is wrong, the one step, a link. */
export function alertMail(stay: AlertStay, problem: CheckProblem, hoursBefore: number | null, appUrl: string) {
  return {
    subject: `Check-in at risk: ${problem.lockName} for ${stay.guestName}`,
    text: [
      `${stay.guestName} arrives at ${stay.propertyName} on ${arrives(stay)}.`,
      "",
      `Door: ${problem.lockName}`,
      `What is wrong: ${problem.title}`,
      `What fixes it: ${problem.fix}`,
      `Open it: ${appUrl}${problem.fixPath}`,
      "",
      `The stay: ${appUrl}/stays/${stay.id}`,
      `Found by Keyhost's check${hoursBefore === null ? "" : ` ${checkLabel(hoursBefore)}`}. You get one e-mail per problem, and a short note when it clears.`,
    ].join("\n"),
  };
}

/** The short note once a problem has cleared. */
export function resolvedMail(stay: AlertStay, problem: CheckProblem, appUrl: string) {
  return {
    subject: `Resolved: ${problem.lockName} for ${stay.guestName}`,
    text: [
      "Keyhost found this before the guest's arrival, and it has cleared:",
      problem.title,
      "",
      `Nothing more to do on ${problem.lockName} for ${stay.guestName}'s arrival on ${arrives(stay)}.`,
      "",
      `The stay: ${appUrl}/stays/${stay.id}`,
    ].join("\n"),
  };
}
