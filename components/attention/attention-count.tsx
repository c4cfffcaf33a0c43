"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { attentionQueryOptions } from "@/lib/attention/queries";
import type { Attention } from "@/lib/attention/types";

/**
 * "Today" in the navigation, with how many problems wait for the host. `initial` is what the server
 * read with the page: the count falls back to it until the cache has its own, so server and browser
 * render the same number whichever of the header and the page reaches the cache first.
 */
export function TodayNavLink({ className, initial }: { className: string; initial: Attention | null }) {
  const { data } = useQuery({ ...attentionQueryOptions(), initialData: initial ?? undefined });
  useRefetchOnLanguageChange();
  return <TodayLink className={className} count={(data ?? initial)?.items.length ?? 0} />;
}

/**
 * The API answers in the host's language (problems, Today's sections, a PIN's status). When the
 * header's switch changes it, the page re-renders from the server, but answers kept in the browser's
 * cache are still in the old language: they are fetched again. This link is on every signed-in page.
 */
function useRefetchOnLanguageChange() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void queryClient.invalidateQueries();
  }, [locale, queryClient]);
}

/** The link itself, also shown while the count is still on its way from the server. */
export function TodayLink({ className, count }: { className: string; count: number }) {
  const t = useTranslations("attention");
  return (
    <Link href="/" className={className} aria-label={count ? t("todayWithProblems", { count }) : t("today")}>
      {t("today")}
      {count ? (
        <span className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-bold text-white" data-testid="attention-count">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
