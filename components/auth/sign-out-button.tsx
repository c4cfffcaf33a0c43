"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOutTo } from "./sign-out";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const t = useTranslations("auth");
  return (
    <Button
      variant="ghost"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // A failed request leaves the host signed in, with the button back to try again.
        signOutTo("/signin?signedOut=1").catch(() => setBusy(false));
      }}
    >
      {busy ? t("signingOut") : t("signOut")}
    </Button>
  );
}
