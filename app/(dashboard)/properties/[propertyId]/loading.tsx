import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/stays/page-skeleton";

export default async function Loading() {
  const t = await getTranslations("properties");
  return <PageSkeleton label={t("loadingOne")} />;
}
