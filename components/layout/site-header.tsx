import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function SiteHeader({ userName }: { userName: string | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="flex min-h-touch items-center gap-2 text-lg font-bold text-indigo-700">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <g fill="#fff">
              {[10, 16, 22].flatMap((x) => [10, 16].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="2.4" />))}
              <circle cx="16" cy="22" r="2.4" />
            </g>
          </svg>
          Keyhost
        </Link>
        <nav aria-label="Main" className="flex items-center gap-2 text-sm text-slate-600">
          <Link href="/pins" className="inline-flex min-h-touch items-center rounded-lg px-2 font-medium text-indigo-700 hover:bg-slate-100">
            Search PINs
          </Link>
          {userName ? <span className="hidden sm:inline" data-testid="user-name">{userName}</span> : null}
          <SignOutButton />
        </nav>
      </div>
    </header>
  );
}
