import type { Metadata } from "next";
import { StayForm } from "@/components/stays/stay-form";
import { isUuid } from "@/lib/validation/uuid";

export const metadata: Metadata = { title: "New stay" };

export default async function NewStayPage({ searchParams }: { searchParams: Promise<{ propertyId?: string | string[] }> }) {
  const raw = (await searchParams).propertyId;
  const propertyId = typeof raw === "string" && isUuid(raw) ? raw : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">New stay</h1>
      <StayForm propertyId={propertyId} />
    </div>
  );
}
