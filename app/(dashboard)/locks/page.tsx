import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LockList } from "@/components/locks/lock-list";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { getAttention } from "@/lib/server/attention/service";
import { getAuth } from "@/lib/auth/session";
import { pinContext } from "@/lib/server/pins/context";
import { locksQueryOptions } from "@/lib/locks/queries";
import { listLocks } from "@/lib/server/locks/service";
import { nukiForRender } from "@/lib/server/nuki-for-render";
import { getQueryClient } from "@/lib/query/get-query-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("locks"))("title") };
}

export default async function OverviewPage() {
  const queryClient = getQueryClient();
  const auth = await getAuth();
  const [t, locale] = await Promise.all([getTranslations("locks"), getLocale()]);
  if (auth.status === "signed-in") {
    // Two upstream calls whatever the fleet, shared with concurrent loads; the browser hydrates from this.
    const nuki = await nukiForRender(auth.session);
    const ctx = await pinContext({ nuki, session: auth.session });
    // The cards' problem counts read the same two listings, joined while in flight.
    await Promise.all([
      queryClient.prefetchQuery({ ...locksQueryOptions(), queryFn: () => listLocks(nuki) }),
      queryClient.prefetchQuery({ ...attentionQueryOptions(), queryFn: () => getAttention(ctx, locale) }),
    ]);
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <LockList />
      </HydrationBoundary>
    </>
  );
}
