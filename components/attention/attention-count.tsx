"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { attentionQueryOptions } from "@/lib/attention/queries";
import type { Attention } from "@/lib/attention/types";

/**
 * "Today" in the navigation, with how many problems wait for the host. `initial` is what the server
 * read with the page: the count falls back to it until the cache has its own, so server and browser
 * render the same number whichever of the header and the page reaches the cache first.
 */
export function TodayNavLink({ className, initial }: { className: string; initial: Attention | null }) {
  const { data } = useQuery({ ...attentionQueryOptions(), initialData: initial ?? undefined });
  return <TodayLink className={className} count={(data ?? initial)?.items.length ?? 0} />;
}

/** The link itself, also shown while the count is still on its way from the server. */
export function TodayLink({ className, count }: { className: string; count: number }) {
  return (
    <Link href="/" className={className} aria-label={count ? `Today, ${count} ${count === 1 ? "problem" : "problems"}` : "Today"}>
      Today
      {count ? (
        <span className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-bold text-white" data-testid="attention-count">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
