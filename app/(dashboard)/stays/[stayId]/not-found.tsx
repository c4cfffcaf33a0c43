import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">No such stay</h1>
      <p className="mt-2 text-slate-600">This stay is not in your account.</p>
      <Link href="/properties" className={buttonClasses("primary", "mt-6")}>
        Your properties
      </Link>
    </div>
  );
}
