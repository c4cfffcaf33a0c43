import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PropertyDetail } from "@/components/properties/property-detail";
import { isUuid } from "@/lib/validation/uuid";
import { demoFeedLinks } from "@/lib/calendar/demo-links";
import { env } from "@/lib/env/index.mjs";
import { getAuth } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { propertyKeys } from "@/lib/properties/queries";
import { createPropertyStore } from "@/lib/server/properties/store";
import { getQueryClient } from "@/lib/query/get-query-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("properties"))("detailTitle") };
}

export default async function PropertyPage({ params }: { params: Promise<{ propertyId: string }> }) {
  const { propertyId } = await params;
  if (!isUuid(propertyId)) notFound();
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status === "signed-in") {
    // The property lives in Keyhost's own database: no upstream call for the first paint.
    const property = await createPropertyStore(await getDb()).get(auth.session.accountId, propertyId);
    if (!property) notFound();
    queryClient.setQueryData(propertyKeys.detail(propertyId), property);
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PropertyDetail propertyId={propertyId} demoFeeds={env.demoMode ? demoFeedLinks(env.appUrl) : undefined} />
    </HydrationBoundary>
  );
}
