import "server-only";
import { generatedCode } from "@/lib/server/pins/service";
import type { Property } from "@/lib/properties/types";
import { cancelStay, updateStayDates, type StayContext } from "@/lib/server/stays/service";
import { instantToWallTime } from "@/lib/time/wall-time";
import { readDoors, settleDoors, takenCodes } from "./doors";
import { phoneCode } from "@/lib/calendar/doors-plan";
import { FeedError } from "@/lib/calendar/errors";
import type { FeedRecord, FeedStore } from "./feed-store";
import type { FeedValidators, FetchResult } from "./fetch";
import { parseFeed, type Booking } from "@/lib/calendar/parse";
import { MISSING_SYNCS_TO_CANCEL, planBookings, planUnchanged, type BookingAction } from "@/lib/calendar/plan";
import type { Feed } from "@/lib/calendar/types";
import { storedMessage } from "@/lib/i18n/stored-text";
import type { Locale } from "@/lib/i18n/config";
import { shownFeed } from "./shown";

export interface CalendarContext extends StayContext {
  feeds: FeedStore;
  fetchFeed: (url: string, validators: FeedValidators) => Promise<FetchResult>;
  now: () => number;
  /** How long until a feed is read again. */
  everyMs: number;
  /** Demo mode and tests: feeds on this machine (plain http to loopback) are allowed. */
  allowLoopback: boolean;
  /** The language of the request that answers with feeds (English without one). */
  locale?: Locale;
}

/** A stay's name when the booking carries no guest name: something the host recognises on the platform. */
export function stayNameFor(booking: Booking, label: string): string {
  if (booking.guestName) return booking.guestName;
  const platform = label === "other" ? "Calendar" : label;
  if (booking.reservationCode) return `${platform} ${booking.reservationCode}`;
  return `${platform} guest ${booking.arrival}`;
}

async function createFromBooking(ctx: CalendarContext, feed: FeedRecord, property: Property, booking: Booking, taken: Set<string>) {
  let code: string;
  let codeNote: string | null = null;
  const fromPhone = property.codeChoice === "phone" ? phoneCode(booking.phoneLast4, taken) : null;
  if (fromPhone?.code) code = fromPhone.code;
  else {
    codeNote = fromPhone && "reason" in fromPhone ? fromPhone.reason : null;
    code = await generatedCode(ctx, taken);
  }
  taken.add(code);
  await ctx.stays.create(ctx.accountId, {
    propertyId: property.id, guestName: stayNameFor(booking, feed.label).slice(0, 60), arrival: booking.arrival, departure: booking.departure,
    code, codeNote, status: "scheduled", feedId: feed.id, bookingUid: booking.uid,
  });
}

async function apply(ctx: CalendarContext, feed: FeedRecord, property: Property, actions: BookingAction[], missingBefore: Map<string, number>) {
  let taken: Set<string> | null = null;
  for (const action of actions) {
    switch (action.kind) {
      case "create":
        taken ??= await takenCodes(ctx, property, await readDoors(ctx, property));
        await createFromBooking(ctx, feed, property, action.booking, taken);
        break;
      case "move":
        // Same code, same PINs, the stay's own times kept: only the dates change.
        await updateStayDates(ctx, action.stayId, { arrival: action.arrival, departure: action.departure });
        break;
      case "seen":
        await ctx.stays.update(ctx.accountId, action.stayId, { missingSyncs: 0 });
        break;
      case "missing":
        await ctx.stays.update(ctx.accountId, action.stayId, { missingSyncs: action.missingSyncs });
        break;
      case "flag":
        await ctx.stays.update(ctx.accountId, action.stayId, { notice: action.notice });
        break;
      case "cancel": {
        // Remembered as cancelled by the feed, so the booking coming back gets a stay again.
        const vanished = (missingBefore.get(action.stayId) ?? 0) > 0;
        if (vanished) await ctx.stays.update(ctx.accountId, action.stayId, { missingSyncs: MISSING_SYNCS_TO_CANCEL });
        await cancelStay(ctx, action.stayId);
        break;
      }
    }
  }
}

const running = new Map<string, Promise<Feed>>();

/**
 * Reads one feed and brings its stays and their doors in line. A failed fetch or a damaged file
 * changes no stay: it is recorded on the feed for the host. Every step is keyed by the booking's
 * UID, so a sync cut short (a restart) and run again finishes the job without doing anything twice.
 * One sync per feed at a time in this process: "Sync now" during the engine's sync waits for it.
 */
export function syncFeed(ctx: CalendarContext, feedId: string, options: { confirmEmpty?: boolean } = {}): Promise<Feed> {
  const previous = running.get(feedId) ?? Promise.resolve(null);
  const next = previous.catch(() => null).then(() => syncOnce(ctx, feedId, options));
  running.set(feedId, next);
  return next
    .finally(() => {
      if (running.get(feedId) === next) running.delete(feedId);
    })
    .then((feed) => shownFeed(feed, ctx.locale));
}

async function syncOnce(ctx: CalendarContext, feedId: string, options: { confirmEmpty?: boolean }): Promise<Feed> {
  const feed = await ctx.feeds.get(ctx.accountId, feedId);
  if (!feed) throw new FeedError("refused", "calendar.feedError.removed");
  const property = await ctx.properties.get(ctx.accountId, feed.propertyId);
  const at = ctx.now();
  const stamp = { lastAttemptAt: new Date(at).toISOString(), nextSyncAt: new Date(at + ctx.everyMs).toISOString() };
  if (!property) {
    await ctx.feeds.update(ctx.accountId, feed.id, { ...stamp, lastError: storedMessage("calendar.feedError.propertyDeleted") });
    return (await ctx.feeds.get(ctx.accountId, feed.id))!;
  }
  let fetched: FetchResult;
  let bookings: Booking[] = [];
  try {
    // The host confirming an emptied feed gets a full read, not "not modified".
    fetched = await ctx.fetchFeed(feed.url, options.confirmEmpty ? { etag: null, lastModified: null } : feed);
    if (fetched.status === "ok") bookings = parseFeed(fetched.body, { everyEventIsBooking: feed.everyEventIsBooking });
  } catch (error) {
    const message = error instanceof FeedError ? error.stored : storedMessage("calendar.feedError.unreadable");
    await ctx.feeds.update(ctx.accountId, feed.id, { ...stamp, lastError: message });
    return (await ctx.feeds.get(ctx.accountId, feed.id))!;
  }
  const doors = await readDoors(ctx, property);
  const today = instantToWallTime(new Date(at), doors.zone).slice(0, 10);
  const stays = await ctx.stays.ofFeed(ctx.accountId, feed.id);
  const missingBefore = new Map(stays.map((s) => [s.id, s.missingSyncs]));
  const confirmEmpty = options.confirmEmpty === true;
  if (fetched.status === "not_modified") {
    await apply(ctx, feed, property, planUnchanged({ stays, today, waitingForConfirmation: feed.waitingForConfirmation && !confirmEmpty }), missingBefore);
    await ctx.feeds.update(ctx.accountId, feed.id, { ...stamp, lastSuccessAt: stamp.lastAttemptAt, lastError: null });
  } else {
    const plan = planBookings({ bookings, stays, today, confirmEmpty });
    await apply(ctx, feed, property, plan.actions, missingBefore);
    await ctx.feeds.update(ctx.accountId, feed.id, {
      ...stamp, lastSuccessAt: stamp.lastAttemptAt, lastError: null, etag: fetched.etag, lastModified: fetched.lastModified,
      bookingsSeen: plan.bookingsSeen, waitingForConfirmation: plan.waitingForConfirmation,
    });
  }
  await settleDoors(ctx, property, at);
  return (await ctx.feeds.get(ctx.accountId, feed.id))!;
}
