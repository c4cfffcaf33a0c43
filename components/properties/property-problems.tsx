"use client";

import { useQuery } from "@tanstack/react-query";
import { AttentionFixesLater } from "@/components/attention/attention-fixes-later";
import { AttentionList } from "@/components/attention/attention-list";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { problemsOnDoors } from "@/lib/attention/on-doors";

/** The property's doors' problems from Needs attention, each with its fixes, so they are fixed here. */
export function PropertyProblems({ lockIds }: { lockIds: readonly number[] }) {
  const { data } = useQuery(attentionQueryOptions());
  return <AttentionList Fixes={AttentionFixesLater} items={problemsOnDoors(data?.items ?? [], lockIds)} title="Needs attention on these doors" />;
}
