import Link from "next/link";
import { useTranslations } from "next-intl";
import { Callout } from "@/components/ui/callout";

/** Shown where a lock's page asks for a lock that is not (or no longer) in the account. */
export function LockNotFound() {
  const t = useTranslations("locks");
  return (
    <Callout tone="warn" title={t("notFound")}>
      {t("notFoundBody")}{" "}
      <Link className="inline-flex min-h-touch items-center underline" href="/locks">{t("backToLocks")}</Link>
    </Callout>
  );
}
