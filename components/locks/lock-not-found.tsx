import Link from "next/link";
import { Callout } from "@/components/ui/callout";

/** Shown where a lock's page asks for a lock that is not (or no longer) in the account. */
export function LockNotFound() {
  return (
    <Callout tone="warn" title="Lock not found">
      This lock is not in your Nuki account.{" "}
      <Link className="inline-flex min-h-touch items-center underline" href="/locks">Back to your locks</Link>
    </Callout>
  );
}
