import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/layout/demo-banner";
import { OfflineBanner } from "@/components/layout/offline-banner";
import { THEME_COLOR } from "@/lib/brand/colors";
import { env } from "@/lib/env/index.mjs";
import { inter } from "./fonts";
import "./globals.css";

// Every page carries a per-request CSP nonce, so none may be prerendered without one.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "Keyhost", template: "%s · Keyhost" },
    description: t("description"),
    // Next links app/manifest.ts and app/apple-icon.png itself; iOS reads the home-screen name here.
    appleWebApp: { capable: true, title: "Keyhost", statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOR };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-dvh font-sans">
        {/* The provider hands the request's language and its messages to client components. */}
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          {env.demoMode ? <DemoBanner /> : null}
          <OfflineBanner />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
