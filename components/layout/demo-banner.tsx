import { getTranslations } from "next-intl/server";

export async function DemoBanner() {
  const t = await getTranslations("common");
  return (
    <section aria-label={t("demoLabel")} className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      {t.rich("demoBanner", { strong: (chunks) => <strong>{chunks}</strong> })}
    </section>
  );
}
