import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/**
 * What a dashboard page shows for a record that is not in the host's account: what is missing,
 * and one way on. Inside the dashboard's own <main>, so it is a plain block.
 */
export function NotFoundNotice({ title, text, href, linkLabel }: { title: string; text: string; href: string; linkLabel: string }) {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-600">{text}</p>
      <Link href={href} className={buttonClasses("primary", "mt-6")}>
        {linkLabel}
      </Link>
    </div>
  );
}
