import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import type { ErrorKey, MessageValues } from "@/lib/i18n/translate";
import { decodeCursor } from "@/lib/activity/cursor";
import { isLocalDate } from "@/lib/activity/day-bounds";
import type { EntryQuery } from "./entries";

export const ENTRY_PAGE_DEFAULT = 25;
export const ENTRY_PAGE_MAX = 100;
const PIN_ID = /^([0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const bad = (field: string, key: ErrorKey, values?: MessageValues) => new DomainError("invalid_input", key, field, undefined, values);

/** The entries query string, checked field by field like the activity route: 400 naming the field. */
export function parseEntryQuery(params: URLSearchParams): EntryQuery {
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value === "" ? undefined : value;
  };
  const query: EntryQuery = { limit: ENTRY_PAGE_DEFAULT };
  const limit = get("limit");
  if (limit !== undefined) {
    if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > ENTRY_PAGE_MAX) throw bad("limit", "limitRange", { max: ENTRY_PAGE_MAX });
    query.limit = Number(limit);
  }
  const pinId = get("pinId");
  if (pinId !== undefined) {
    if (!PIN_ID.test(pinId)) throw bad("pinId", "pinIdInvalid");
    query.pinId = pinId;
  }
  for (const name of ["from", "to"] as const) {
    const value = get(name);
    if (value === undefined) continue;
    if (!isLocalDate(value)) throw bad(name, "dayInvalid", { name });
    query[name] = value;
  }
  if (query.from && query.to && query.from > query.to) throw bad("to", "toBeforeFrom");
  const cursor = get("cursor");
  if (cursor !== undefined) {
    if (!decodeCursor(cursor)) throw bad("cursor", "cursorInvalid");
    query.cursor = cursor;
  }
  return query;
}
