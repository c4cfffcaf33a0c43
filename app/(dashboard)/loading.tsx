import { LockListSkeleton } from "@/components/locks/lock-list-skeleton";

export default function Loading() {
  return <LockListSkeleton />;
}
