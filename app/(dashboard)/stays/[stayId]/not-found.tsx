import { getTranslations } from "next-intl/server";
import { NotFoundNotice } from "@/components/layout/not-found-notice";

export default async function NotFound() {
  const t = await getTranslations("stays.notFound");
  return <NotFoundNotice title={t("title")} text={t("text")} href="/properties" linkLabel={t("link")} />;
}
