import type { Metadata } from "next";
import { PinSearch } from "@/components/pins/pin-search";

export const metadata: Metadata = { title: "Search PINs" };

export default function PinSearchPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">PINs on all locks</h1>
      <PinSearch />
    </>
  );
}
