"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { AttentionFixes } from "@/components/attention/attention-fixes";
import { AttentionList } from "@/components/attention/attention-list";
import { attentionQueryOptions } from "@/lib/attention/queries";

/** A lock's problems with their fixes, on top of its page; nothing at all when it has none. */
export function LockProblems({ lockId }: { lockId: number }) {
  const t = useTranslations("locks");
  const { data } = useQuery(attentionQueryOptions());
  const problems = data?.items.filter((item) => item.lockId === lockId) ?? [];
  return <AttentionList items={problems} Fixes={AttentionFixes} title={t("needsAttentionHere")} showOpen={false} />;
}
