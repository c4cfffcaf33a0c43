"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/query/get-query-client";
import { useClientErrorLanguage } from "@/lib/api/use-client-error-language";

export function Providers({ children }: { children: ReactNode }) {
  useClientErrorLanguage();
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
