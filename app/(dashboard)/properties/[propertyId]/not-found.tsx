import { getTranslations } from "next-intl/server";
import { NotFoundNotice } from "@/components/layout/not-found-notice";

export default async function NotFound() {
  const t = await getTranslations("properties");
  return <NotFoundNotice title={t("notFound.title")} text={t("notFound.text")} href="/properties" linkLabel={t("notFound.link")} />;
}
