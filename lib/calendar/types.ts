import type { Property } from "@/lib/properties/types";
export const FEED_LABELS = ["Airbnb", "Booking.com", "VRBO", "other"] as const;
export type FeedLabel = (typeof FEED_LABELS)[number];

/** A calendar feed as the JSON API and UI see it, with its health. */
export interface Feed {
  id: string;
  propertyId: string;
  label: FeedLabel;
  url: string;
  everyEventIsBooking: boolean;
  /** When the feed was last read successfully (ISO), or null: never yet. */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** The last fetch's failure in plain words; null when the last fetch worked. */
  lastError: string | null;
  /** Bookings (not blocks, not cancelled) the feed listed at its last successful read. */
  bookingsSeen: number;
  /** The feed suddenly listed no bookings while it had future ones: nothing is cancelled until the host confirms. */
  waitingForConfirmation: boolean;
  nextSyncAt: string;
}

export interface FeedList {
  feeds: Feed[];
  leadDays: number;
  codeChoice: Property["codeChoice"];
  /** Doors whose keypad the scheduled stays would fill past its capacity, in plain words; empty when fine. */
  capacityWarnings: string[];
}
