import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { getAuth } from "@/lib/auth/session";
import { safeCallbackUrl, signInReason } from "@/lib/auth/sign-in-messages";
import { env } from "@/lib/env/index.mjs";
import { chooseLocale } from "@/lib/server/locale/choose-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const callbackUrl = safeCallbackUrl(one("callbackUrl"));
  const auth = await getAuth();
  const t = await getTranslations("auth");
  const reason = signInReason(one("error"));
  const message = reason ? t(`reason.${reason}`) : null;
  // Sent here because Nuki refused the session: stay, even if the cookie still looks valid.
  if (!message && auth.status === "signed-in") redirect(callbackUrl);

  return (
    <main id="main" className="mx-auto flex min-h-[80dvh] max-w-sm flex-col justify-center px-4 py-10">
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-3xl font-bold text-indigo-700">Keyhost</h1>
        <LanguageSwitcher action={chooseLocale} />
      </div>
      <p className="mt-2 text-slate-600">{t("tagline")}</p>
      <Card className="mt-6 space-y-4">
        {message ? <Callout tone="warn" role="alert">{message}</Callout> : null}
        {one("signedOut") ? <Callout tone="good" role="status">{t("signedOut")}</Callout> : null}
        <SignInButton callbackUrl={callbackUrl} />
        <p className="text-xs text-slate-500">
          {env.demoMode ? t("demoNote") : t("passwordNote")}
        </p>
      </Card>
    </main>
  );
}
