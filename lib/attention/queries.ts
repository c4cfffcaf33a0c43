import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Attention } from "./types";

export const attentionKeys = { all: ["attention"] as const };

/** No polling: refreshed on focus, on reconnect and after every fix (see the fix mutations). */
export const attentionQueryOptions = () =>
  queryOptions({ queryKey: attentionKeys.all, queryFn: () => fetchJson<Attention>("/api/attention") });
