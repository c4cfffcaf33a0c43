import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { Providers } from "@/components/providers";
import { getAuth } from "@/lib/auth/session";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const auth = await getAuth();
  if (auth.status === "signed-out") redirect("/signin");
  if (auth.status === "expired") redirect("/signin?error=SessionExpired");
  const name = auth.status === "signed-in" ? auth.session.name : null;
  // The query cache lives here, not in the root layout: the sign-in page does not load it.
  return (
    <Providers>
      <SiteHeader userName={name} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </Providers>
  );
}
