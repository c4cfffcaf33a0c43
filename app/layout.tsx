import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/layout/demo-banner";
import { env } from "@/lib/env/index.mjs";
import { inter } from "./fonts";
import "./globals.css";

// Every page carries a per-request CSP nonce, so none may be prerendered without one.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Keyhost", template: "%s · Keyhost" },
  description: "Keypad PINs for your Nuki smart locks, exactly when they should work.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4f46e5" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        {env.demoMode ? <DemoBanner /> : null}
        {children}
      </body>
    </html>
  );
}
