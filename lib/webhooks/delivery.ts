import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { firstIssue } from "@/lib/validation/zod-issue";

// Nuki sends `null` about as often as it leaves a field out; both mean "not set" here.
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const smartlockIdSchema = z.number().int().positive();

// The spec types the auth id as a string, but numbers have been seen; paths need the string.
const authIdSchema = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

/** The auth fields Keyhost reads; plain `z.object` drops the rest, so new Nuki fields are harmless. */
const authSchema = z.object({
  name: z.string(),
  type: z.number().int(),
  enabled: z.boolean(),
  code: optional(z.number().int()),
  remoteAllowed: optional(z.boolean()),
  accountUserId: optional(z.number().int()),
  lockCount: optional(z.number().int()),
  allowedFromDate: optional(z.string()),
  allowedUntilDate: optional(z.string()),
  allowedWeekDays: optional(z.number().int()),
  allowedFromTime: optional(z.number().int()),
  allowedUntilTime: optional(z.number().int()),
  lastActiveDate: optional(z.string()),
  creationDate: optional(z.string()),
  updateDate: optional(z.string()),
  error: optional(z.string()),
});
export type WebhookAuth = z.output<typeof authSchema>;

const authsSchema = z.object({
  deleted: optional(z.boolean()),
  smartlockAuth: z.object({ id: authIdSchema, smartlockId: smartlockIdSchema }),
});
const changedAuthSchema = z.object({ smartlockAuth: authSchema });
// What Nuki includes about a deleted auth is not documented: only its key is required then.
const deletedAuthSchema = z.object({ smartlockAuth: authSchema.partial() });

const statusSchema = z.object({
  smartlockId: smartlockIdSchema,
  serverState: optional(z.number().int()),
});

const envelopeSchema = z.looseObject({ feature: z.string().min(1) });

export type AuthsDelivery =
  | { kind: "auths"; smartlockId: number; authId: string; deleted: false; auth: WebhookAuth }
  | { kind: "auths"; smartlockId: number; authId: string; deleted: true; auth: Partial<WebhookAuth> };
export interface StatusDelivery {
  kind: "status";
  smartlockId: number;
  serverState?: number;
}
export interface IgnoredDelivery {
  kind: "ignored";
  feature: string;
}
export type ParsedDelivery = AuthsDelivery | StatusDelivery | IgnoredDelivery;

function check<T extends z.ZodType>(schema: T, json: unknown): z.output<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const { field, message } = firstIssue(parsed.error);
  const detail = message ?? "bad shape";
  throw new DomainError("invalid_delivery", field ? "webhookInvalidAt" : "webhookInvalid", field, undefined, field ? { field, detail } : { detail });
}

/**
 * Turns a delivery's JSON into what the app acts on. Throws an `DomainError` 400 `invalid_delivery`
 * naming the first bad field. Features the app does not act on come back as `ignored`, so
 * subscribing to more of them never breaks delivery.
 */
export function parseDelivery(json: unknown): ParsedDelivery {
  const { feature } = check(envelopeSchema, json);
  switch (feature) {
    case "DEVICE_AUTHS": {
      const { deleted, smartlockAuth } = check(authsSchema, json);
      const key = { kind: "auths", smartlockId: smartlockAuth.smartlockId, authId: smartlockAuth.id } as const;
      if (deleted) {
        return { ...key, deleted: true, auth: check(deletedAuthSchema, json).smartlockAuth };
      }
      return { ...key, deleted: false, auth: check(changedAuthSchema, json).smartlockAuth };
    }
    case "DEVICE_STATUS": {
      const { smartlockId, serverState } = check(statusSchema, json);
      return serverState === undefined
        ? { kind: "status", smartlockId }
        : { kind: "status", smartlockId, serverState };
    }
    default:
      return { kind: "ignored", feature };
  }
}
