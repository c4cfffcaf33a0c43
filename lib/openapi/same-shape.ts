import type { z } from "zod";
import type { EntryPage, DoorEntry } from "@/lib/activity/types";
import type { PinUsage } from "@/lib/activity/usage";
import type { Lock } from "@/lib/locks/types";
import type { GuestMessageView } from "@/lib/messages/types";
import type { CleanupResult, LockPin, LockSettings, Pin, PinEvent } from "@/lib/pins/types";
import type { BackupCode, BackupOffer } from "@/lib/backup-codes/types";
import type { ConfirmTimes } from "@/lib/pins/confirm-times";
import type { Attention } from "@/lib/attention/types";
import type { Today } from "@/lib/today/types";
import type { Feed, FeedList } from "@/lib/calendar/types";
import type { Property } from "@/lib/properties/types";
import type { StayDetail, Stay } from "@/lib/stays/types";
import type { StayUsage } from "@/lib/stays/usage";
import type { ApiErrorBody } from "@/lib/api/errors";
import type { RESPONSE_SCHEMAS } from "./schemas";

/*
 * The answers' TypeScript types and the zod schemas the document is built from describe the same
 * JSON: a field added to one and not the other fails `npm run typecheck` here.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<K extends keyof typeof RESPONSE_SCHEMAS> = z.output<(typeof RESPONSE_SCHEMAS)[K]>;

export const SAME_SHAPE: Record<string, true> = {
  Error: true satisfies Same<Out<"Error">, ApiErrorBody>,
  Lock: true satisfies Same<Out<"Lock">, Lock>,
  Pin: true satisfies Same<Out<"Pin">, Pin>,
  LockPin: true satisfies Same<Out<"LockPinList">, LockPin[]>,
  PinEvent: true satisfies Same<Out<"PinEventList">, PinEvent[]>,
  LockSettings: true satisfies Same<Out<"LockSettings">, Required<LockSettings>>,
  BackupCode: true satisfies Same<Out<"BackupCodeList">, BackupCode[]>,
  BackupOffer: true satisfies Same<Out<"BackupOffer">, BackupOffer>,
  ConfirmTimes: true satisfies Same<Out<"ConfirmTimes">, ConfirmTimes>,
  CleanupResult: true satisfies Same<Out<"CleanupResult">, CleanupResult>,
  EntryPage: true satisfies Same<Out<"EntryPage">, EntryPage>,
  DoorEntry: true satisfies Same<Out<"EntryPage">["entries"][number], DoorEntry>,
  PinUsage: true satisfies Same<Out<"PinUsage">, PinUsage>,
  GuestMessage: true satisfies Same<Out<"GuestMessage">, GuestMessageView>,
  Property: true satisfies Same<Out<"Property">, Property>,
  Stay: true satisfies Same<Out<"StayList">, Stay[]>,
  StayDetail: true satisfies Same<Out<"Stay">, StayDetail>,
  StayUsage: true satisfies Same<Out<"StayUsage">, StayUsage>,
  Attention: true satisfies Same<Out<"Attention">, Attention>,
  Today: true satisfies Same<Out<"Today">, Today>,
  Feed: true satisfies Same<Out<"Feed">, Feed>,
  FeedList: true satisfies Same<Out<"FeedList">, FeedList>,
};
