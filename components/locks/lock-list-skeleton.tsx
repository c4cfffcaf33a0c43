import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

export function LockListSkeleton() {
  const t = useTranslations("locks");
  return (
    <div role="status" aria-label={t("loadingLocks")} className="grid gap-4 sm:grid-cols-2">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="space-y-3 rounded-xl bg-white p-5 ring-1 ring-slate-200">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-6 w-full" />
        </div>
      ))}
    </div>
  );
}
