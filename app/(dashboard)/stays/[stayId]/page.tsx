import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StayDetail } from "@/components/stays/stay-detail";
import { isUuid } from "@/lib/validation/uuid";
import { getAuth } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { createStayStore } from "@/lib/server/stays/store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stays"))("pageTitle") };
}

export default async function StayPage({ params }: { params: Promise<{ stayId: string }> }) {
  const { stayId } = await params;
  if (!isUuid(stayId)) notFound();
  const auth = await getAuth();
  // The doors' statuses come from Nuki, so the client loads them; an unknown stay is a 404 at once.
  if (auth.status === "signed-in" && !(await createStayStore(await getDb()).get(auth.session.accountId, stayId))) notFound();
  return <StayDetail stayId={stayId} />;
}
