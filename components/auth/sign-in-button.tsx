"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      className="w-full"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("nuki", { callbackUrl });
      }}
    >
      {busy ? "Opening Nuki…" : "Sign in with Nuki"}
    </Button>
  );
}
