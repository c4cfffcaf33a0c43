import { NextResponse, type NextRequest } from "next/server";
import { pageCsp } from "@/lib/security/csp";

/** True when every `%` escape in the path decodes; Next's router answers 500 to one that does not. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const rawPath = new URL(request.url).pathname;
  if (!decodable(rawPath)) {
    return rawPath.startsWith("/api/")
      ? NextResponse.json({ error: { code: "not_found", message: "No such resource." } }, { status: 404, headers: { "Cache-Control": "no-store" } })
      : new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // JSON answers carry their own headers (next.config.mjs); only pages need a nonce.
  if (rawPath.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
  // Next reads the CSP from the request headers to put the nonce on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // Where the host was, so a sign-in that expired brings them back there (set here, never taken from the client).
  const url = new URL(request.url);
  headers.set("x-keyhost-path", url.pathname + url.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    "/api/:path*",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
