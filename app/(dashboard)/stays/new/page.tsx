import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StayForm } from "@/components/stays/stay-form";
import { isUuid } from "@/lib/validation/uuid";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stays"))("new.title") };
}

export default async function NewStayPage({ searchParams }: { searchParams: Promise<{ propertyId?: string | string[] }> }) {
  const raw = (await searchParams).propertyId;
  const propertyId = typeof raw === "string" && isUuid(raw) ? raw : undefined;
  const t = await getTranslations("stays");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("new.title")}</h1>
      <StayForm propertyId={propertyId} />
    </div>
  );
}
