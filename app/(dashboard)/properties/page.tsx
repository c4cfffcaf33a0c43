import type { Metadata } from "next";
import { PropertyList } from "@/components/properties/property-list";

export const metadata: Metadata = { title: "Properties" };

export default function PropertiesPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Properties</h1>
      <PropertyList />
    </>
  );
}
