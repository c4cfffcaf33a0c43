import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

export default async function Loading() {
  const t = await getTranslations("pins");
  return (
    <div role="status" aria-label={t("loadingLock")} className="space-y-4">
      <Skeleton className="h-8 w-1/2" />
      <Skeleton className="h-6 w-2/3" />
      <Skeleton className="h-40 w-full" />
    </div>
  );
}
