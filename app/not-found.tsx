import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("text")}</p>
      {/* A plain link: this boundary is part of every page, and next/link here would be loaded by
          each of them a second time, next to the dashboard's own copy. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/locks" className={buttonClasses("primary", "mt-6")}>
        {t("back")}
      </a>
    </main>
  );
}
