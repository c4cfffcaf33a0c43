import { z } from "zod";

/**
 * The parts of Nuki's responses Keyhost reads. Unknown fields pass through untouched so a
 * newer API version does not break parsing; only what we rely on is checked.
 */
export const nukiSmartlockSchema = z.looseObject({
  smartlockId: z.number().int(),
  accountId: z.number().int(),
  type: z.number().int(),
  name: z.string(),
  serverState: z.number().int(),
  config: z
    .looseObject({
      timezoneId: z.number().int().optional(),
      keypadPaired: z.boolean().optional(),
      keypad2Paired: z.boolean().optional(),
    })
    .optional(),
  state: z
    .looseObject({
      state: z.number().int().optional(),
      doorState: z.number().int().optional(),
      batteryCritical: z.boolean().optional(),
      batteryCharge: z.number().int().optional(),
      keypadBatteryCritical: z.boolean().optional(),
    })
    .optional(),
  operationId: z.string().nullish(),
  /** When Nuki last heard from the lock (its last change of state): "last seen" for an offline lock. */
  updateDate: z.string().nullish(),
});
export type NukiSmartlock = z.infer<typeof nukiSmartlockSchema>;

/**
 * Only the fields Keyhost reads are kept (others are dropped, not refused): an account's listing
 * may hold thousands of codes, parsed on every upstream read and held briefly in the read cache.
 */
export const nukiAuthSchema = z.object({
  id: z.string(),
  smartlockId: z.number().int(),
  type: z.number().int(),
  name: z.string(),
  enabled: z.boolean(),
  code: z.number().int().nullish(),
  allowedFromDate: z.string().nullish(),
  allowedUntilDate: z.string().nullish(),
  allowedWeekDays: z.number().int().nullish(),
  allowedFromTime: z.number().int().nullish(),
  allowedUntilTime: z.number().int().nullish(),
  lastActiveDate: z.string().nullish(),
  creationDate: z.string().nullish(),
  updateDate: z.string().nullish(),
  // The spec types this as an ObjectId object; only its presence matters here.
  operationId: z.unknown().optional(),
  error: z.string().nullish(),
});
export type NukiAuth = z.infer<typeof nukiAuthSchema>;

export const nukiAccountSchema = z.looseObject({
  accountId: z.number().int(),
  email: z.string(),
  name: z.string(),
});
export type NukiAccount = z.infer<typeof nukiAccountSchema>;

/** The body of a keypad-code create or update: what Nuki's SmartlockAuthCreate/Update accept. */
export interface NukiAuthWrite {
  name: string;
  type?: 13;
  code: number;
  enabled?: boolean;
  remoteAllowed: boolean;
  allowedFromDate: string | null;
  allowedUntilDate: string | null;
  allowedWeekDays: number;
  allowedFromTime: number;
  allowedUntilTime: number;
}

export const nukiWebhookSchema = z.object({
  id: z.number().int(),
  secret: z.string().min(1),
  webhookUrl: z.string(),
  webhookFeatures: z.array(z.string()),
});

/** One entry of a lock's log; Keyhost reads keypad entries from it. */
export const nukiLogSchema = z.looseObject({
  id: z.string(),
  smartlockId: z.number().int(),
  authId: z.string().nullish(),
  name: z.string().nullish(),
  action: z.number().int(),
  trigger: z.number().int(),
  state: z.number().int(),
  source: z.number().int().nullish(),
  date: z.string(),
});
export type NukiLog = z.infer<typeof nukiLogSchema>;

export interface NukiLogQuery {
  /** Page to the entries older than this log id. */
  id?: string;
  /** 1–50, Nuki's maximum. */
  limit: number;
  fromDate?: string;
  toDate?: string;
  action?: number;
  /** Only this auth's entries (Nuki's 24-hex auth id). */
  authId?: string;
}
