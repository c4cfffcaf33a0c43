import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PinSearch } from "@/components/pins/pin-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pins.page");
  return { title: t("title") };
}

export default async function PinSearchPage() {
  const t = await getTranslations("pins.page");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <PinSearch />
    </>
  );
}
