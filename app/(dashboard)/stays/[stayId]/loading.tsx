import { PageSkeleton } from "@/components/stays/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="Loading stay" />;
}
