import type { ReactNode } from "react";
import { cn } from "./cn";
import type { Tone } from "./badge";

const tones: Record<Tone, string> = {
  neutral: "bg-slate-50 text-slate-800 ring-slate-200",
  good: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  warn: "bg-amber-50 text-amber-900 ring-amber-200",
  bad: "bg-red-50 text-red-900 ring-red-200",
  info: "bg-indigo-50 text-indigo-900 ring-indigo-200",
};

/** A short message in a tinted box; `role` makes errors and changes heard by screen readers. */
export function Callout({
  tone = "info",
  title,
  children,
  role,
  className,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status";
  className?: string;
}) {
  return (
    <div role={role} className={cn("rounded-lg p-3 text-sm ring-1 ring-inset", tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
