"use client";

import { useTranslations } from "next-intl";
import type { ComponentType } from "react";
import type { AttentionItem } from "@/lib/attention/types";

/**
 * Problems, each with what is wrong and its fixes in place. Nothing at all when there are none.
 * `Fixes` is `AttentionFixes` where problems are the page (Today) or already loaded apart (a lock's),
 * or `AttentionFixesLater` where they are the exception, so such a page loads the fixes' code only
 * with a problem.
 */
export function AttentionList({ items, Fixes, title, showOpen = true }: {
  items: AttentionItem[];
  Fixes: ComponentType<{ item: AttentionItem; showOpen?: boolean }>;
  title?: string;
  showOpen?: boolean;
}) {
  const t = useTranslations("attention");
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="attention-heading" className="space-y-2" data-testid="attention">
      <h2 id="attention-heading" className="text-lg font-semibold">
        {title ?? t("heading")} <span className="text-slate-500">({items.length})</span>
      </h2>
      <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {items.map((item) => (
          <li key={item.id} className="space-y-2 p-4" data-testid="attention-item" data-kind={item.kind}>
            <div>
              <p className={item.severity === "critical" ? "font-semibold text-red-800" : "font-semibold text-amber-900"}>{item.title}</p>
              <p className="text-sm text-slate-700">{item.detail}</p>
            </div>
            <Fixes item={item} showOpen={showOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}
