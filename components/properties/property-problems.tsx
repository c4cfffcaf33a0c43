"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { AttentionFixesLater } from "@/components/attention/attention-fixes-later";
import { AttentionList } from "@/components/attention/attention-list";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { problemsOnDoors } from "@/lib/attention/on-doors";

/** The property's doors' problems from Needs attention, each with its fixes, so they are fixed here. */
export function PropertyProblems({ lockIds }: { lockIds: readonly number[] }) {
  const { data } = useQuery(attentionQueryOptions());
  const t = useTranslations("properties");
  return <AttentionList Fixes={AttentionFixesLater} items={problemsOnDoors(data?.items ?? [], lockIds)} title={t("detail.problems")} />;
}
