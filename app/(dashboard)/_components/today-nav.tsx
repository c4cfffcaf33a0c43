import { getLocale } from "next-intl/server";
import { Suspense } from "react";
import { TodayLink, TodayNavLink } from "@/components/attention/attention-count";
import { NAV_LINK_CLASSES } from "@/components/layout/site-header";
import type { AuthSession } from "@/lib/auth/session";
import { nukiForRender } from "@/lib/server/nuki-for-render";
import { getAttention } from "@/lib/server/attention/service";
import { pinContext } from "@/lib/server/pins/context";
import { rememberHostLocale } from "@/lib/server/pre-arrival/host-locale";

/**
 * The Today link with its count, streamed with the page instead of fetched by the browser. A count
 * the browser asked for itself would put the problems in the cache, still empty, before a page that
 * prefetched them hydrated; the page's own copy then lands an effect later, its lock cards hydrate
 * without the counts the server rendered, and React rebuilds the page, dropping a tap made meanwhile.
 */
export function TodayNav({ session }: { session: AuthSession }) {
  return (
    <Suspense fallback={<TodayLink className={NAV_LINK_CLASSES} count={0} />}>
      <CountedTodayNav session={session} />
    </Suspense>
  );
}

async function CountedTodayNav({ session }: { session: AuthSession }) {
  const nuki = await nukiForRender(session);
  const locale = await getLocale();
  // The same two shared listings as the page's own reads; if Nuki fails, the browser asks again.
  // Every dashboard page renders this, so the language it is read in is kept for the host's e-mails.
  const [attention] = await Promise.all([
    pinContext({ nuki, session }).then((ctx) => getAttention(ctx, locale)).catch(() => null),
    rememberHostLocale(session.accountId, locale).catch(() => undefined),
  ]);
  return <TodayNavLink className={NAV_LINK_CLASSES} initial={attention} />;
}
