import { z } from "zod";

/** `Lock` (./types.ts) as the JSON API answers it; lib/openapi checks the two stay the same shape. */
export const lockSchema = z.strictObject({
  id: z.int(),
  name: z.string(),
  model: z.string().describe("Human model name derived from Nuki's `type`"),
  online: z.boolean(),
  serverState: z.enum(["ok", "unregistered", "authUuidInvalid", "authInvalid", "offline", "unknown"]),
  keypad: z.strictObject({ paired: z.boolean(), kind: z.enum(["Keypad", "Keypad 2"]).nullable() }),
  battery: z.strictObject({ critical: z.boolean(), charge: z.number().nullable() }),
  keypadBatteryCritical: z.boolean(),
  timeZone: z.string().describe("IANA zone of the lock; every wall time of its PINs is in it"),
  pinCount: z.int(),
  lockState: z.string().nullable(),
  doorState: z.string().nullable(),
  lastSeenAt: z.string().nullable().describe("When Nuki last heard from the lock; its state is as of then when offline"),
});
