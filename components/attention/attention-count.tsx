"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { attentionQueryOptions } from "@/lib/attention/queries";

/** "Today" in the navigation, with how many problems wait for the host. */
export function TodayNavLink({ className }: { className: string }) {
  const { data } = useQuery(attentionQueryOptions());
  const count = data?.items.length ?? 0;
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
