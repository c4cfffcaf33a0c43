import { z } from "zod";
import { attentionSchema } from "@/lib/attention/response-schema";
import { todaySchema } from "@/lib/today/response-schema";
import { ERROR_CODES } from "@/lib/errors/domain-error";
import { feedListSchema, feedSchema } from "@/lib/calendar/response-schema";
import { feedCreateSchema, feedPatchSchema } from "@/lib/calendar/schema";
import { entryPageSchema, pinUsageSchema } from "@/lib/activity/response-schema";
import { ENTRY_PAGE_MAX } from "@/lib/server/activity/query";
import { lockSchema } from "@/lib/locks/response-schema";
import { guestMessageViewSchema } from "@/lib/messages/response-schema";
import { messageQuerySchema, sendMessageSchema, stayLanguageSchema } from "@/lib/messages/schema";
import { PIN_FILTERS } from "@/lib/pins/filter";
import { backupCodeSchema, backupOfferSchema } from "@/lib/backup-codes/response-schema";
import { confirmTimesSchema } from "@/lib/pins/confirm-times-schema";
import { cleanupResultSchema, lockPinSchema, lockSettingsSchema, pinEventSchema, pinSchema } from "@/lib/pins/response-schema";
import { pinCreateSchema, pinPatchSchema } from "@/lib/pins/schema";
import { MAX_QUERY } from "@/lib/server/pins/search";
import { lockSettingsPatchSchema } from "@/lib/pins/settings-schema";
import { propertySchema } from "@/lib/properties/response-schema";
import { propertyCreateSchema, propertyPatchSchema } from "@/lib/properties/schema";
import { stayDetailSchema, staySchema, stayUsageSchema } from "@/lib/stays/response-schema";
import { stayCreateSchema, stayPatchSchema } from "@/lib/stays/schema";

/** The one error shape of every JSON route (`ApiErrorBody` in lib/api/errors.ts). */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES).describe("Stable, machine-readable: one of a closed set"),
    message: z.string().describe("One sentence for the host: what went wrong and what to do"),
    field: z.string().optional().describe("The body or query field at fault, as a dotted path (lockIds.2)"),
  }),
});

/** Request bodies, by the name they have in `components.schemas` (converted as zod's input type). */
export const REQUEST_SCHEMAS = {
  PinCreate: pinCreateSchema,
  PinPatch: pinPatchSchema,
  LockSettingsPatch: lockSettingsPatchSchema,
  SendMessage: sendMessageSchema,
  StayMessageLanguage: stayLanguageSchema,
  PropertyCreate: propertyCreateSchema,
  PropertyPatch: propertyPatchSchema,
  StayCreate: stayCreateSchema,
  StayPatch: stayPatchSchema,
  FeedCreate: feedCreateSchema,
  FeedPatch: feedPatchSchema,
} satisfies Record<string, z.ZodType>;

/** Answers, by the name they have in `components.schemas` (converted as zod's output type). */
export const RESPONSE_SCHEMAS = {
  Error: errorBodySchema,
  Lock: lockSchema,
  LockList: z.array(lockSchema),
  Pin: pinSchema,
  PinList: z.array(pinSchema),
  LockPinList: z.array(lockPinSchema),
  PinEventList: z.array(pinEventSchema),
  LockSettings: lockSettingsSchema,
  ConfirmTimes: confirmTimesSchema,
  BackupCodeList: z.array(backupCodeSchema),
  BackupOffer: backupOfferSchema,
  CleanupResult: cleanupResultSchema,
  EntryPage: entryPageSchema,
  PinUsage: pinUsageSchema,
  GuestMessage: guestMessageViewSchema,
  Property: propertySchema,
  PropertyList: z.array(propertySchema),
  Stay: stayDetailSchema,
  StayList: z.array(staySchema),
  StayUsage: stayUsageSchema,
  StayUsageMap: z.record(z.string(), stayUsageSchema).describe("By stay id: the stays whose window is on now"),
  Feed: feedSchema,
  FeedList: feedListSchema,
  Attention: attentionSchema,
  Today: todaySchema,
  Health: z.strictObject({
    status: z.enum(["ok", "unavailable"]),
    database: z.enum(["reachable", "unreachable"]),
    databaseKind: z.enum(["sqlite", "postgres"]),
    engine: z.strictObject({ running: z.boolean(), lastPassAt: z.string().nullable() }),
  }),
  Requested: z.strictObject({ requested: z.literal(true) }),
  Sent: z.strictObject({ sent: z.literal(true) }),
  OpenApiDocument: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
} satisfies Record<string, z.ZodType>;

export type RequestName = keyof typeof REQUEST_SCHEMAS;
export type ResponseName = keyof typeof RESPONSE_SCHEMAS;

/** Query strings, written from the rules their parsers apply (lib/activity/query.ts, lib/pins/search.ts, the routes). */
const pinOrAuthId = z.string().regex(/^([0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/);
const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const QUERIES = {
  activity: z.object({ limit: z.int().min(1).max(200).default(50).describe("How many operations, newest first") }),
  entries: z.object({
    pinId: pinOrAuthId.optional().describe("Only entries made with this PIN"),
    from: localDay.optional().describe("First lock-local day, YYYY-MM-DD (included)"),
    to: localDay.optional().describe("Last lock-local day, YYYY-MM-DD (included); not before `from`"),
    cursor: z.string().optional().describe("The `nextCursor` of the previous page"),
    limit: z.int().min(1).max(ENTRY_PAGE_MAX).default(25),
  }),
  pinSearch: z.object({
    q: z.string().max(MAX_QUERY).optional().describe("Part of a PIN's name (case and accents ignored) or code"),
    filter: z.enum(PIN_FILTERS).default("all"),
  }),
  stays: z.object({ propertyId: z.uuid().optional().describe("Only this property's stays") }),
  message: z.object({ language: messageQuerySchema.shape.language.describe("The message's language (the guest's): en or de; without it the stay's or property's") }),
} satisfies Record<string, z.ZodObject>;
