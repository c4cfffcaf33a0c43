import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { SiteHeader } from "@/components/layout/site-header";
import { Providers } from "@/components/providers";
import { getAuth } from "@/lib/auth/session";
import { chooseLocale } from "@/lib/server/locale/choose-locale";
import { TodayNav } from "./_components/today-nav";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const auth = await getAuth();
  if (auth.status !== "signed-in") {
    // The sign-in page checks the address is one of Keyhost's own pages before going back to it.
    const returnTo = (await headers()).get("x-keyhost-path");
    const query = new URLSearchParams(returnTo && returnTo !== "/" ? { callbackUrl: returnTo } : {});
    if (auth.status === "expired") query.set("error", "SessionExpired");
    const search = query.toString();
    redirect(search ? `/signin?${search}` : "/signin");
  }
  const name = auth.session.name;
  // The query cache lives here, not in the root layout: the sign-in page does not load it.
  return (
    <Providers>
      <SiteHeader userName={name} today={<TodayNav session={auth.session} />} language={<LanguageSwitcher action={chooseLocale} />} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </Providers>
  );
}
