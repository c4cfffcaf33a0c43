import type { QUERIES, RequestName, ResponseName } from "./schemas";

export type HttpMethod = "get" | "post" | "patch" | "delete";

/** Who may call: a signed-in host (session cookie), Nuki with a signed delivery, or anyone. */
export type Caller = "session" | "nuki" | "public";

/**
 * One route and method of the JSON API. Errors every route of its kind can answer (401 without a
 * session, 403 for a write from another origin, 404 for an id that names nothing of the account,
 * 400/413/422 for a body, 429, 502 when Nuki does not answer) are added by the document builder
 * from `caller`, the method, the path and `body`; `errors` lists what this route adds.
 */
export interface Operation {
  method: HttpMethod;
  path: string;
  summary: string;
  caller?: Caller;
  query?: keyof typeof QUERIES;
  body?: RequestName;
  success: { status: 200 | 201 | 202 | 204; schema?: ResponseName; description: string };
  errors?: Partial<Record<400 | 401 | 404 | 409 | 413 | 422 | 502, string>>;
  /** Whether the route calls Nuki (and so can answer 502 upstream_unavailable and Nuki's 429). */
  upstream?: boolean;
}

const PIN_WRITE_ERRORS = {
  409: "`deleting` (the PIN is being deleted), `still_saving` (a new PIN Nuki does not list yet), `conflict` or `operation_pending` from Nuki",
  422: "`invalid_input` naming the field, `code_taken` (field `code`), `keypad_not_paired`, `rejected_by_nuki`",
} as const;

const MESSAGE_SEND_ERRORS = {
  409: "`mail_disabled` (no SMTP), `pin_not_saved` or `pin_disabled` unless the message is ready or `confirmNotReady` is true",
  422: "`invalid_input` with field `to`",
  502: "`mail_failed` (field `to` when the mail server refused the address) or `upstream_unavailable`",
} as const;

/** Every route and method under app/api except next-auth's own; lib/openapi/openapi.test.ts keeps the two equal. */
export const OPERATIONS: Operation[] = [
  { method: "get", path: "/api/health", summary: "Whether this instance can serve: database reachable, engine running (503 with the same body when not)", caller: "public", upstream: false, success: { status: 200, schema: "Health", description: "The instance is healthy" } },
  { method: "get", path: "/api/openapi.json", summary: "This document", caller: "public", upstream: false, success: { status: 200, schema: "OpenApiDocument", description: "The OpenAPI 3.1 description of the JSON API" } },

  { method: "get", path: "/api/today", summary: "Today's and tomorrow's stays door by door, and what needs the host", success: { status: 200, schema: "Today", description: "Sections of stays with each door's readiness" } },
  { method: "get", path: "/api/attention", summary: "Everything on the account that needs the host, with its fixes", success: { status: 200, schema: "Attention", description: "Problems, worst first, and their count per lock" } },
  { method: "get", path: "/api/locks", summary: "The account's locks", success: { status: 200, schema: "LockList", description: "Every lock Nuki lists for the account" } },
  { method: "get", path: "/api/locks/{lockId}", summary: "One lock", success: { status: 200, schema: "Lock", description: "The lock" } },
  { method: "post", path: "/api/locks/{lockId}/sync", summary: "Ask Nuki to sync with the lock", success: { status: 202, schema: "Requested", description: "Nuki was asked" } },
  { method: "get", path: "/api/locks/{lockId}/settings", summary: "The lock's Keyhost settings", success: { status: 200, schema: "LockSettings", description: "Automatic repair and clean-up" } },
  { method: "patch", path: "/api/locks/{lockId}/settings", summary: "Change the lock's Keyhost settings", body: "LockSettingsPatch", success: { status: 200, schema: "LockSettings", description: "The settings after the change" } },
  { method: "get", path: "/api/locks/{lockId}/confirm-times", summary: "How long Nuki takes to put a code on this lock: median and 90th percentile of its last 50 writes, and when a write counts as slow", success: { status: 200, schema: "ConfirmTimes", description: "The lock's measured write times" } },
  { method: "get", path: "/api/locks/{lockId}/activity", summary: "The lock's recent PIN operations, newest first", query: "activity", success: { status: 200, schema: "PinEventList", description: "Requests, attempts and outcomes" } },
  { method: "get", path: "/api/locks/{lockId}/entries", summary: "Keypad entries from Nuki's log, newest first", query: "entries", success: { status: 200, schema: "EntryPage", description: "One page of entries" } },

  { method: "get", path: "/api/locks/{lockId}/pins", summary: "The lock's keypad PINs", success: { status: 200, schema: "PinList", description: "Managed and unmanaged PINs, with their status; a property's backup codes carry `backup`" } },
  { method: "post", path: "/api/locks/{lockId}/pins", summary: "Create a PIN (a missing code is generated)", body: "PinCreate", success: { status: 202, schema: "Pin", description: "The PIN as it will be, `pending` until Nuki lists it" }, errors: { ...PIN_WRITE_ERRORS, 409: "`conflict` or `operation_pending` from Nuki" } },
  { method: "patch", path: "/api/locks/{lockId}/pins/{pinId}", summary: "Change a PIN (fields left out keep their values, null clears)", body: "PinPatch", success: { status: 202, schema: "Pin", description: "The PIN as it will be" }, errors: PIN_WRITE_ERRORS },
  { method: "delete", path: "/api/locks/{lockId}/pins/{pinId}", summary: "Delete a PIN", success: { status: 202, schema: "Requested", description: "The PIN lists as `deleting` until Nuki no longer has it" }, errors: { 409: PIN_WRITE_ERRORS[409] } },
  { method: "post", path: "/api/locks/{lockId}/pins/{pinId}/repair", summary: "Re-apply what the host set to a drifted or failed PIN", success: { status: 202, schema: "Pin", description: "The PIN, `pending` again" }, errors: { 409: "`nothing_to_repair`, `deleting`, `still_saving`" } },
  { method: "post", path: "/api/locks/{lockId}/pins/{pinId}/retry", summary: "The older name of `repair`", success: { status: 202, schema: "Pin", description: "The PIN, `pending` again" }, errors: { 409: "`nothing_to_repair`, `deleting`, `still_saving`" } },
  { method: "post", path: "/api/locks/{lockId}/pins/{pinId}/adopt", summary: "Manage a PIN Keyhost did not create, as the lock has it", success: { status: 200, schema: "Pin", description: "The PIN, now managed" } },
  { method: "get", path: "/api/locks/{lockId}/pins/{pinId}/history", summary: "The PIN's timeline, oldest first", success: { status: 200, schema: "PinEventList", description: "Every request, attempt and outcome" } },
  { method: "get", path: "/api/locks/{lockId}/pins/{pinId}/usage", summary: "First and last use of the PIN", success: { status: 200, schema: "PinUsage", description: "UTC instants or null" } },
  { method: "get", path: "/api/locks/{lockId}/pins/{pinId}/message", summary: "The guest message of the PIN", query: "message", success: { status: 200, schema: "GuestMessage", description: "Rendered in the lock's time zone" } },
  { method: "post", path: "/api/locks/{lockId}/pins/{pinId}/message", summary: "Send the guest message by e-mail", body: "SendMessage", success: { status: 202, schema: "Sent", description: "The mail server took it" }, errors: MESSAGE_SEND_ERRORS },
  { method: "post", path: "/api/locks/{lockId}/pins/cleanup", summary: "Delete the lock's expired PINs", success: { status: 202, schema: "CleanupResult", description: "What is being deleted and what was refused" } },

  { method: "get", path: "/api/pins", summary: "Search PINs on every lock", query: "pinSearch", success: { status: 200, schema: "LockPinList", description: "Matching PINs with their lock" } },
  { method: "post", path: "/api/pins/cleanup", summary: "Delete expired PINs on every lock", success: { status: 202, schema: "CleanupResult", description: "What is being deleted and what was refused" } },

  { method: "get", path: "/api/properties", summary: "The account's properties, by name", upstream: false, success: { status: 200, schema: "PropertyList", description: "Every property" } },
  { method: "post", path: "/api/properties", summary: "Create a property", body: "PropertyCreate", success: { status: 201, schema: "Property", description: "The property" }, errors: { 422: "`invalid_input` naming the field; `lockIds.N` for a lock not in the account" } },
  { method: "get", path: "/api/properties/{propertyId}", summary: "One property", upstream: false, success: { status: 200, schema: "Property", description: "The property" } },
  { method: "patch", path: "/api/properties/{propertyId}", summary: "Change a property", body: "PropertyPatch", success: { status: 200, schema: "Property", description: "The property after the change" } },
  { method: "delete", path: "/api/properties/{propertyId}", summary: "Delete a property", upstream: false, success: { status: 204, description: "Deleted" }, errors: { 409: "`has_stays` while it has stays that are not cancelled" } },
  { method: "get", path: "/api/properties/{propertyId}/entries", summary: "Keypad entries of every door of the property", query: "entries", success: { status: 200, schema: "EntryPage", description: "One page of entries, tied to stays where a stay's PIN was used" } },

  { method: "get", path: "/api/properties/{propertyId}/backup-codes", summary: "The property's backup codes, each with its status on every door", success: { status: 200, schema: "BackupCodeList", description: "By slot; empty when backup codes are off" } },
  { method: "post", path: "/api/properties/{propertyId}/backup-codes", summary: "Add a backup code on every door, valid at all times (at most three)", success: { status: 201, schema: "BackupCodeList", description: "The property's backup codes after the change" }, errors: { 409: "`backup_codes_full` (three already), `keypad_not_paired` (no door has a keypad)" } },
  { method: "delete", path: "/api/properties/{propertyId}/backup-codes", summary: "Remove the newest backup code from every door", success: { status: 200, schema: "BackupCodeList", description: "The property's backup codes after the change" }, errors: { 409: "`no_backup_code`" } },
  { method: "get", path: "/api/properties/{propertyId}/feeds", summary: "The property's calendar feeds, with their health", success: { status: 200, schema: "FeedList", description: "Feeds, lead time, code choice and keypad capacity warnings" } },
  { method: "post", path: "/api/properties/{propertyId}/feeds", summary: "Add a calendar (iCal) feed; its bookings become stays", body: "FeedCreate", success: { status: 201, schema: "Feed", description: "The feed, read once already" }, errors: { 422: "`invalid_input` naming the field; field `url` for a link that is not https or points inside the network" } },
  { method: "patch", path: "/api/properties/{propertyId}/feeds/{feedId}", summary: "Change a feed, or confirm that it is empty", body: "FeedPatch", success: { status: 200, schema: "Feed", description: "The feed after the change" } },
  { method: "delete", path: "/api/properties/{propertyId}/feeds/{feedId}", summary: "Remove a feed; its stays stay and are no longer synced", upstream: false, success: { status: 204, description: "Removed" } },
  { method: "post", path: "/api/properties/{propertyId}/feeds/{feedId}/sync", summary: "Read the feed now", success: { status: 200, schema: "Feed", description: "The feed after the read; a failure is in `lastError`" } },
  { method: "get", path: "/api/stays", summary: "The account's stays, by arrival", query: "stays", upstream: false, success: { status: 200, schema: "StayList", description: "Active and cancelled stays; those still to arrive with their pre-arrival checks" } },
  { method: "post", path: "/api/stays", summary: "Create a stay: one generated code on every door of the property", body: "StayCreate", success: { status: 202, schema: "Stay", description: "The stay with its doors" }, errors: { 409: "`property_deleted`", 422: "`invalid_input` naming the field, `keypad_not_paired` (field `propertyId`) when no door has a keypad" } },
  { method: "get", path: "/api/stays/usage", summary: "Usage of the stays on now", query: "stays", success: { status: 200, schema: "StayUsageMap", description: "By stay id; stays not on now are left out" } },
  { method: "get", path: "/api/stays/{stayId}", summary: "One stay with its doors", success: { status: 200, schema: "Stay", description: "The stay" } },
  { method: "patch", path: "/api/stays/{stayId}", summary: "Move a stay", body: "StayPatch", success: { status: 202, schema: "Stay", description: "Every door's PIN moves" }, errors: { 409: "`still_saving` while a door's first save is unconfirmed, `cancelled`" } },
  { method: "delete", path: "/api/stays/{stayId}", summary: "Cancel a stay and delete its PINs", success: { status: 202, schema: "Requested", description: "Each door shows `deleting`, then `gone`" } },
  { method: "get", path: "/api/stays/{stayId}/usage", summary: "First and last use of the stay's code, and no-show", success: { status: 200, schema: "StayUsage", description: "Across the stay's doors" } },
  { method: "post", path: "/api/stays/{stayId}/backup-code", summary: "Offer the property's backup code in the stay's guest message; it is replaced after the stay", success: { status: 200, schema: "BackupOffer", description: "The code and the sentence the message now ends with" }, errors: { 409: "`no_backup_code` (the property has none), `cancelled`, `property_deleted`" } },
  { method: "get", path: "/api/stays/{stayId}/message", summary: "The guest message of the stay", query: "message", success: { status: 200, schema: "GuestMessage", description: "Every door with its own window and zone" } },
  { method: "post", path: "/api/stays/{stayId}/message", summary: "Send the stay's guest message by e-mail", body: "SendMessage", success: { status: 202, schema: "Sent", description: "The mail server took it" }, errors: MESSAGE_SEND_ERRORS },
  { method: "patch", path: "/api/stays/{stayId}/message", summary: "Choose the language of the stay's guest message, remembered on the stay", body: "StayMessageLanguage", success: { status: 200, schema: "GuestMessage", description: "The message in that language" } },

  {
    method: "post",
    path: "/api/webhooks/nuki",
    summary: "Nuki's decentral webhook deliveries",
    caller: "nuki",
    upstream: false,
    success: { status: 204, description: "Delivery taken; the lock's PINs are checked at once" },
    errors: {
      400: "`invalid_delivery`",
      401: "`invalid_signature`: X-Nuki-Signature-SHA256 missing or not matching",
      404: "`webhooks_disabled` when no webhook is registered",
      409: "`replayed`",
      413: "`payload_too_large` over 64 KiB",
    },
  },
];
