import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { getAuth } from "@/lib/auth/session";
import { safeCallbackUrl, signInMessage } from "@/lib/auth/sign-in-messages";
import { env } from "@/lib/env/index.mjs";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const callbackUrl = safeCallbackUrl(one("callbackUrl"));
  const auth = await getAuth();
  const message = signInMessage(one("error"));
  // Sent here because Nuki refused the session: stay, even if the cookie still looks valid.
  if (!message && auth.status === "signed-in") redirect(callbackUrl);

  return (
    <main id="main" className="mx-auto flex min-h-[80dvh] max-w-sm flex-col justify-center px-4 py-10">
      <h1 className="text-3xl font-bold text-indigo-700">Keyhost</h1>
      <p className="mt-2 text-slate-600">The keypad PINs of your Nuki locks: the right code, at the right door, at the right time.</p>
      <Card className="mt-6 space-y-4">
        {message ? <Callout tone="warn" role="alert">{message}</Callout> : null}
        {one("signedOut") ? <Callout tone="good" role="status">You are signed out.</Callout> : null}
        <SignInButton callbackUrl={callbackUrl} />
        <p className="text-xs text-slate-500">
          {env.demoMode
            ? "Demo mode: you sign in to Keyhost's built-in Nuki simulator."
            : "You sign in on Nuki's own page. Keyhost never sees your Nuki password."}
        </p>
      </Card>
    </main>
  );
}
