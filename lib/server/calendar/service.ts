import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { isUuid } from "@/lib/validation/uuid";
import { capacityUsage, KEYPAD_CAPACITY } from "@/lib/pins/capacity";
import type { Property } from "@/lib/properties/types";
import { readDoors } from "./doors";
import { FeedError } from "@/lib/calendar/errors";
import { checkFeedUrl } from "./fetch";
import type { FeedCreate, FeedPatch } from "@/lib/calendar/schema";
import { syncFeed, type CalendarContext } from "./sync";
import type { Feed, FeedList } from "@/lib/calendar/types";
import { translateIn } from "@/lib/i18n/translate";
import { shownFeed } from "./shown";

async function ownProperty(ctx: CalendarContext, propertyId: string): Promise<Property> {
  const property = isUuid(propertyId) ? await ctx.properties.get(ctx.accountId, propertyId) : null;
  if (!property) throw new DomainError("not_found", "noSuchProperty");
  return property;
}

async function ownFeed(ctx: CalendarContext, propertyId: string, feedId: string) {
  const feed = isUuid(feedId) ? await ctx.feeds.get(ctx.accountId, feedId) : null;
  if (!feed || feed.propertyId !== propertyId) throw new DomainError("not_found", "noSuchFeed");
  return feed;
}

function validUrl(ctx: CalendarContext, raw: string): string {
  try {
    return checkFeedUrl(raw, ctx.allowLoopback).toString();
  } catch (error) {
    throw error instanceof FeedError
      ? new DomainError("invalid_input", error.key, "url", undefined, error.values)
      : new DomainError("invalid_input", "calendarLinkInvalid", "url");
  }
}

export async function listFeeds(ctx: CalendarContext, propertyId: string): Promise<FeedList> {
  const property = await ownProperty(ctx, propertyId);
  const feeds = await ctx.feeds.list(ctx.accountId, property.id);
  const scheduled = (await ctx.stays.list(ctx.accountId, property.id)).filter((s) => s.status === "scheduled").length;
  const capacityWarnings: string[] = [];
  const t = translateIn(ctx.locale ?? "en", "calendar");
  if (scheduled > 0) {
    const doors = await readDoors(ctx, property);
    for (const lock of doors.keypads) {
      const usage = capacityUsage((doors.pinsOn.get(lock.lockId)?.length ?? 0) + scheduled);
      if (usage.level !== "ok") {
        capacityWarnings.push(t("panel.capacity", { lock: lock.name, count: scheduled, used: usage.used, capacity: KEYPAD_CAPACITY }));
      }
    }
  }
  return { feeds: feeds.map((feed) => shownFeed(feed, ctx.locale)), leadDays: property.leadDays, codeChoice: property.codeChoice, capacityWarnings };
}

/** Adds the feed and reads it at once, so the host sees its bookings (or what is wrong with it) right away. */
export async function addFeed(ctx: CalendarContext, propertyId: string, input: FeedCreate): Promise<Feed> {
  const property = await ownProperty(ctx, propertyId);
  const url = validUrl(ctx, input.url);
  const feed = await ctx.feeds.create(ctx.accountId, { propertyId: property.id, label: input.label, url, everyEventIsBooking: input.everyEventIsBooking ?? input.label === "Booking.com" });
  return syncFeed(ctx, feed.id);
}

export async function updateFeed(ctx: CalendarContext, propertyId: string, feedId: string, patch: FeedPatch): Promise<Feed> {
  const feed = await ownFeed(ctx, propertyId, feedId);
  const url = patch.url === undefined ? undefined : validUrl(ctx, patch.url);
  const changed = url !== undefined && url !== feed.url;
  await ctx.feeds.update(ctx.accountId, feed.id, {
    label: patch.label,
    url,
    everyEventIsBooking: patch.everyEventIsBooking,
    // A new link or a new reading of its events: the next read starts afresh.
    ...(changed || patch.everyEventIsBooking !== undefined ? { etag: null, lastModified: null } : {}),
  });
  if (changed || patch.confirmEmpty || patch.everyEventIsBooking !== undefined) return syncFeed(ctx, feed.id, { confirmEmpty: patch.confirmEmpty });
  return shownFeed((await ctx.feeds.list(ctx.accountId, propertyId)).find((f) => f.id === feed.id)!, ctx.locale);
}

/** The feed goes; its stays stay, with their codes, as if typed by hand. */
export async function removeFeed(ctx: CalendarContext, propertyId: string, feedId: string): Promise<void> {
  const feed = await ownFeed(ctx, propertyId, feedId);
  await ctx.stays.detachFeed(ctx.accountId, feed.id);
  await ctx.feeds.remove(ctx.accountId, feed.id);
}

export async function syncNow(ctx: CalendarContext, propertyId: string, feedId: string): Promise<Feed> {
  const feed = await ownFeed(ctx, propertyId, feedId);
  return syncFeed(ctx, feed.id);
}
