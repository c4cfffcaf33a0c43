import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PropertyList } from "@/components/properties/property-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("properties"))("title") };
}

export default async function PropertiesPage() {
  const t = await getTranslations("properties");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <PropertyList />
    </>
  );
}
