"use client";

import { useTranslations } from "next-intl";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import type { AttentionItem } from "@/lib/attention/types";

const AttentionFixes = lazyPart(() => import("./attention-fixes").then((m) => m.AttentionFixes));

function Loading() {
  const t = useTranslations("attention");
  return (
    <p role="status" className="text-sm text-slate-600">
      {t("loadingFixes")}
    </p>
  );
}

/**
 * A problem's fixes where problems are the exception (a stay's doors, a property's, a search's): their
 * code loads when a problem is shown, in the browser, not with every such page.
 */
export function AttentionFixesLater({ item, showOpen }: { item: AttentionItem; showOpen?: boolean }) {
  return (
    <LaterPart fallback={<Loading />}>
      <AttentionFixes item={item} showOpen={showOpen} />
    </LaterPart>
  );
}
