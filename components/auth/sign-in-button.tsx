"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  const t = useTranslations("auth");
  return (
    <Button
      className="w-full"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("nuki", { callbackUrl });
      }}
    >
      {busy ? t("opening") : t("signIn")}
    </Button>
  );
}
