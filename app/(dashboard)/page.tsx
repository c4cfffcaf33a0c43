import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TodayView } from "@/components/today/today-view";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { getAuth } from "@/lib/auth/session";
import { nukiForRender } from "@/lib/server/nuki-for-render";
import { getQueryClient } from "@/lib/query/get-query-client";
import { stayContext } from "@/lib/server/stays/context";
import { todayQueryOptions } from "@/lib/today/queries";
import { getToday } from "@/lib/server/today/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("today"))("title") };
}

export default async function TodayPage() {
  const queryClient = getQueryClient();
  const auth = await getAuth();
  const [t, locale] = await Promise.all([getTranslations("today"), getLocale()]);
  if (auth.status === "signed-in") {
    // Two upstream calls whatever the fleet (the account's locks and codes); the header's count reads the same answer.
    const nuki = await nukiForRender(auth.session);
    const ctx = await stayContext({ nuki, session: auth.session });
    await queryClient.prefetchQuery({ ...todayQueryOptions(), queryFn: () => getToday(ctx, { locale }) });
    const today = queryClient.getQueryData(todayQueryOptions().queryKey);
    if (today) queryClient.setQueryData(attentionQueryOptions().queryKey, today.attention);
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TodayView />
      </HydrationBoundary>
    </>
  );
}
