import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Today } from "./types";

export const todayKeys = { all: ["today"] as const };

/** No polling while idle: refreshed on focus and after every fix, like the overview. */
export const todayQueryOptions = () => queryOptions({ queryKey: todayKeys.all, queryFn: () => fetchJson<Today>("/api/today") });
