// One file per namespace and language, so a feature owns its words; both languages have the same files.
import en_common from "@/messages/en/common.json";
import en_nav from "@/messages/en/nav.json";
import en_auth from "@/messages/en/auth.json";
import en_errors from "@/messages/en/errors.json";
import en_today from "@/messages/en/today.json";
import en_locks from "@/messages/en/locks.json";
import en_pins from "@/messages/en/pins.json";
import en_pinForm from "@/messages/en/pinForm.json";
import en_properties from "@/messages/en/properties.json";
import en_stays from "@/messages/en/stays.json";
import en_calendar from "@/messages/en/calendar.json";
import en_guestMessages from "@/messages/en/guestMessages.json";
import en_activity from "@/messages/en/activity.json";
import en_backupCodes from "@/messages/en/backupCodes.json";
import en_attention from "@/messages/en/attention.json";
import en_checks from "@/messages/en/checks.json";
import en_mail from "@/messages/en/mail.json";
import en_time from "@/messages/en/time.json";
import en_validation from "@/messages/en/validation.json";
import de_common from "@/messages/de/common.json";
import de_nav from "@/messages/de/nav.json";
import de_auth from "@/messages/de/auth.json";
import de_errors from "@/messages/de/errors.json";
import de_today from "@/messages/de/today.json";
import de_locks from "@/messages/de/locks.json";
import de_pins from "@/messages/de/pins.json";
import de_pinForm from "@/messages/de/pinForm.json";
import de_properties from "@/messages/de/properties.json";
import de_stays from "@/messages/de/stays.json";
import de_calendar from "@/messages/de/calendar.json";
import de_guestMessages from "@/messages/de/guestMessages.json";
import de_activity from "@/messages/de/activity.json";
import de_backupCodes from "@/messages/de/backupCodes.json";
import de_attention from "@/messages/de/attention.json";
import de_checks from "@/messages/de/checks.json";
import de_mail from "@/messages/de/mail.json";
import de_time from "@/messages/de/time.json";
import de_validation from "@/messages/de/validation.json";
import type { Locale } from "./config";

const en = { common: en_common, nav: en_nav, auth: en_auth, errors: en_errors, today: en_today, locks: en_locks, pins: en_pins, pinForm: en_pinForm, properties: en_properties, stays: en_stays, calendar: en_calendar, guestMessages: en_guestMessages, activity: en_activity, backupCodes: en_backupCodes, attention: en_attention, checks: en_checks, mail: en_mail, time: en_time, validation: en_validation };
const de = { common: de_common, nav: de_nav, auth: de_auth, errors: de_errors, today: de_today, locks: de_locks, pins: de_pins, pinForm: de_pinForm, properties: de_properties, stays: de_stays, calendar: de_calendar, guestMessages: de_guestMessages, activity: de_activity, backupCodes: de_backupCodes, attention: de_attention, checks: de_checks, mail: de_mail, time: de_time, validation: de_validation };

/** The English catalog is the reference: its shape types every key, and German must match it. */
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, de: de as Messages };
