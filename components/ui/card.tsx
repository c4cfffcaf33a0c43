import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5", className)} {...props} />;
}
