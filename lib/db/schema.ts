/**
 * Keyhost's own records. Times are ISO-8601 text and ids text (Nuki's lock ids are int64), so one
 * schema reads the same on SQLite and PostgreSQL; JSON columns are text for the same reason.
 */
import "server-only";

/** One Nuki sign-in: its tokens, encrypted, so the session cookie carries only the grant id. */
export interface GrantsTable {
  id: string;
  account_id: string;
  name: string | null;
  email: string | null;
  access_token: string;
  refresh_token: string | null;
  access_expires_at: string;
  /** Set when Nuki refused a refresh: the user must sign in again. */
  failed_at: string | null;
  /** Bumped on each rotation, so two instances never both spend one refresh token. */
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * pending: the host's change is not yet seen on Nuki · saved: Nuki lists what the host set ·
 * deleting / gone: a delete on its way / done · failed: could not be applied (reason says why) ·
 * drifted: Nuki's listing no longer matches what the host set (drift names the fields).
 * A ledger row's status; the host sees `PinStatus` (`lib/pins/types`), which never shows `gone` and
 * adds `unmanaged` for codes Keyhost does not keep.
 */
export type LedgerStatus = "pending" | "saved" | "deleting" | "gone" | "failed" | "drifted";

/** A PIN Keyhost manages: the state the host wants, and what is known about reaching it. */
export interface PinsTable {
  id: string;
  account_id: string;
  lock_id: string;
  /** Nuki's auth id; null for a create until the new auth is found in the listing. */
  auth_id: string | null;
  /** The PIN's name as last set, kept after a delete so its history still reads well. */
  name: string;
  /** The PIN as the host wants it (JSON, lock-local times); null once the host asked to delete it. */
  desired: string | null;
  status: LedgerStatus;
  reason: string | null;
  /** JSON list of the fields that differ from Nuki's listing, when drifted. */
  drift: string | null;
  /** Writes sent for the current desired state; reset by every new change from the host. */
  attempts: number;
  /** When the last write for the current desired state was sent (or null: nothing sent yet). */
  sent_at: string | null;
  /** Next time the engine should look at this PIN. */
  next_check_at: string;
  /** When the current round of writes began (a host's change or a repair); null before 0004. */
  requested_at?: string | null;
  /** One engine at a time per PIN: writes to one auth are serialised across instances. */
  lease_until: string | null;
  lease_owner: string | null;
  created_at: string;
  updated_at: string;
}

export type EventType = "requested" | "attempt" | "confirmed" | "drift" | "repaired" | "failed" | "adopted" | "gone";

/** A PIN's timeline and the lock's activity: every request, attempt and outcome. */
export interface EventsTable {
  id: string;
  pin_id: string;
  account_id: string;
  lock_id: string;
  at: string;
  type: EventType;
  /** Who asked (a user's name or e-mail, or "Keyhost" for the engine). */
  actor: string | null;
  /** The write sent or the request made: create, update, delete, repair. */
  action: string | null;
  http_status: number | null;
  detail: string | null;
}

export interface LockSettingsTable {
  account_id: string;
  lock_id: string;
  /** Re-apply the host's settings by itself when drift is seen. */
  auto_repair: number;
  /** Delete PINs this many days after their window ended; null: no automatic clean-up. */
  cleanup_after_days?: number | null;
  updated_at: string;
}

/** The decentral webhook registered with Nuki for this app, and the secret its deliveries carry. */
export interface WebhooksTable {
  id: string;
  url: string;
  secret: string;
  created_at: string;
}

/** A host's group of locks (a flat's front and building door) with the defaults its stays use. */
export interface PropertiesTable {
  id: string;
  account_id: string;
  name: string;
  /** Lock-local `HH:mm`. */
  check_in_time: string;
  check_out_time: string;
  /** Minutes a PIN works before check-in and after check-out. */
  early_minutes: number;
  late_minutes: number;
  /** The guest message with {guest} {code} {doors} {from} {until}; null means the default template. */
  message_template: string | null;
  /** The German guest message, as `message_template` is the English one; null means the German default (migration 0014). */
  message_template_de?: string | null;
  /** The language its stays' and PINs' messages are written in unless the host picks another: "en" or "de". */
  message_language?: string;
  /** Days before check-in a synced stay's code goes onto the doors. */
  lead_days?: number;
  /** How a synced stay's code is chosen: "random" or "phone" (the guest's last phone digits). */
  code_choice?: string;
  created_at: string;
  updated_at: string;
}

export interface PropertyLocksTable {
  property_id: string;
  lock_id: string;
  /** The order the host listed the doors in. */
  position: number;
}

/** One guest's stay: one code on every door of the property, one ledger PIN per door (stay_pins). */
export interface StaysTable {
  id: string;
  account_id: string;
  property_id: string;
  guest_name: string;
  /** `YYYY-MM-DD`, the property's local calendar dates. */
  arrival: string;
  departure: string;
  code: string;
  /** scheduled: a synced stay whose code is chosen but not yet on the doors (see calendar_feeds). */
  status: "active" | "cancelled" | "scheduled";
  /** The stay's own `HH:mm` times over the property's; null: the property's. */
  check_in_time?: string | null;
  check_out_time?: string | null;
  /** The calendar feed and event UID this stay follows; null for typed or detached stays. */
  feed_id?: string | null;
  booking_uid?: string | null;
  /** Successful syncs in a row whose feed no longer lists the booking. */
  missing_syncs?: number;
  /** Something the host must look at (booking gone after check-in, code changed). */
  notice?: string | null;
  /** Why the code is not the one the property's code choice asked for. */
  code_note?: string | null;
  /** When a synced stay's PINs were taken off the doors after check-out. */
  cleared_at?: string | null;
  /** The language the host last chose for this stay's guest message; null: the property's (migration 0014). */
  guest_language?: string | null;
  created_at: string;
  updated_at: string;
}

/** A stay's door: its ledger PIN, or why it has none (no keypad, refused by Nuki). */
export interface StayPinsTable {
  stay_id: string;
  lock_id: string;
  pin_id: string | null;
  problem: string | null;
}

/** A property's booking-platform calendar (iCal), fetched by the engine, and how its last fetch went. */
export interface CalendarFeedsTable {
  id: string;
  account_id: string;
  property_id: string;
  /** Airbnb, Booking.com, VRBO or other. */
  label: string;
  url: string;
  /** 1: every event is a booking (Booking.com marks bookings and blocks alike "CLOSED - Not available"). */
  every_event_is_booking: number;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  /** The last fetch's failure in the host's words; null after a success. */
  last_error: string | null;
  bookings_seen: number;
  /** 1: the feed suddenly listed no bookings while it had future ones; nothing is cancelled until the host confirms. */
  held_empty: number;
  next_sync_at: string;
  created_at: string;
  updated_at: string;
}

/** A token bucket shared by every instance (rate limits per sign-in); times in ms of the database clock. */
export interface RateBucketsTable {
  scope: string;
  key: string;
  tokens: number;
  at: number;
}

/** A webhook delivery accepted lately, by the SHA-256 of its body. */
export interface WebhookDeliveriesTable {
  digest: string;
  accepted_at: number;
}

/** One instance's engine works an account's due PINs until `until` (renewed while it lives). */
export interface EngineLeasesTable {
  account_id: string;
  owner: string;
  until: string;
}

/** A pre-arrival check of a stay's doors at one time before check-in; `problems` (JSON) once it ran. */
export interface StayChecksTable {
  stay_id: string;
  due_at: string;
  account_id: string;
  hours_before: number;
  claimed_at: string;
  checked_at: string | null;
  problems: string | null;
}

/** A problem threatening a guest's arrival, and the host's e-mails about it (each sent once). */
export interface HostAlertsTable {
  id: string;
  account_id: string;
  stay_id: string;
  /** The door and the kind of problem (`<lockId>:<kind>`): one open alert per key and stay. */
  problem_key: string;
  /** JSON: the problem as the check found it (no code in it). */
  problem: string;
  /** The check that found it (hours before check-in). */
  hours_before: number;
  opened_at: string;
  resolved_at: string | null;
  alert_sent_at: string | null;
  resolved_sent_at: string | null;
  /** One instance at a time sends an alert's e-mail. */
  mail_claim_until: string | null;
  mail_attempts: number;
}

/** The language a host reads Keyhost in, for what reaches them outside a request (the pre-arrival e-mails). */
export interface AccountPrefsTable {
  account_id: string;
  /** "en" or "de": the language last chosen, or last shown a page in. */
  locale: string;
  updated_at: string;
}

/** Hours before check-in a property's doors are checked, comma separated ("24,2"). */
export interface PropertyChecksTable {
  property_id: string;
  hours_before: string;
}

export interface Database {
  grants: GrantsTable;
  pins: PinsTable;
  events: EventsTable;
  lock_settings: LockSettingsTable;
  webhooks: WebhooksTable;
  properties: PropertiesTable;
  property_locks: PropertyLocksTable;
  stays: StaysTable;
  stay_pins: StayPinsTable;
  calendar_feeds: CalendarFeedsTable;
  rate_buckets: RateBucketsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  engine_leases: EngineLeasesTable;
  confirm_times: ConfirmTimesTable;
  backup_codes: BackupCodesTable;
  stay_checks: StayChecksTable;
  host_alerts: HostAlertsTable;
  property_checks: PropertyChecksTable;
  account_prefs: AccountPrefsTable;
}

/** How long one confirmed write took: from Nuki accepting it to the listing that showed it. */
export interface ConfirmTimesTable {
  id: string;
  account_id: string;
  lock_id: string;
  pin_id: string;
  /** The write measured: create, update or delete. */
  action: string;
  ms: number;
  at: string;
}

/** A property's backup code: one code on every door at all times, for a guest whose own code fails. */
export interface BackupCodesTable {
  id: string;
  account_id: string;
  property_id: string;
  /** 1 to 3: "Backup 1 · <property>". */
  slot: number;
  code: string;
  /** JSON list of `{ lockId, pinId, problem }`: the ledger PIN on each door, or why there is none. */
  doors: string;
  /** active, or retired once replaced or removed (its PINs deleted). */
  status: "active" | "retired";
  /** The stay whose guest message offered it, if any. */
  given_stay_id: string | null;
  /** When it was last seen used on a keypad (Nuki's last use of one of its PINs). */
  used_at: string | null;
  /** Once this instant passes, the code is replaced: the end of the stay that was given or used it. */
  replace_after: string | null;
  created_at: string;
  updated_at: string;
}
