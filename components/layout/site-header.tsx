import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** The look of the links in the main navigation, shared with the Today link the layout provides. */
export const NAV_LINK_CLASSES = "inline-flex min-h-touch min-w-touch items-center justify-center rounded-lg px-1.5 text-slate-700 hover:bg-slate-100 sm:px-2";

/** `today` is the Today link with its problem count, which the layout loads with the page; `language` the language switch. */
export async function SiteHeader({ userName, today, language }: { userName: string | null; today: ReactNode; language: ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* On a phone the nav takes a row of its own, so the header never makes the page wider than the screen. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 px-4 py-2 sm:flex-nowrap">
        <Link href="/" className="flex min-h-touch min-w-touch items-center gap-2 text-lg font-bold text-indigo-700">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <g fill="#fff">
              {[10, 16, 22].flatMap((x) => [10, 16].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="2.4" />))}
              <circle cx="16" cy="22" r="2.4" />
            </g>
          </svg>
          {/* On a phone the mark alone leaves room for the nav; the name is still read out. */}
          <span className="sr-only sm:not-sr-only">Keyhost</span>
        </Link>
        <nav aria-label={t("main")} className="order-last flex w-full items-center justify-between gap-0.5 text-sm font-medium sm:order-none sm:w-auto sm:justify-start sm:gap-1">
          {today}
          <Link href="/locks" className="inline-flex min-h-touch min-w-touch items-center justify-center rounded-lg px-1.5 text-slate-700 hover:bg-slate-100 sm:px-2">
            {t("locks")}
          </Link>
          <Link href="/properties" className="inline-flex min-h-touch min-w-touch items-center justify-center rounded-lg px-1.5 text-slate-700 hover:bg-slate-100 sm:px-2">
            {t("properties")}
          </Link>
          <Link href="/stays/new" className="inline-flex min-h-touch min-w-touch items-center justify-center rounded-lg px-1.5 text-indigo-700 hover:bg-slate-100 sm:px-2">
            {t("newStay")}
          </Link>
          <Link href="/pins" className="inline-flex min-h-touch min-w-touch items-center justify-center rounded-lg px-1.5 sm:px-2 text-slate-700 hover:bg-slate-100">
            {t("search")}<span className="sr-only sm:not-sr-only">{t("searchPins")}</span>
          </Link>
        </nav>
        <div className="flex items-center gap-2 text-sm text-slate-600">
          {userName ? <span className="hidden sm:inline" data-testid="user-name">{userName}</span> : null}
          {language}
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
