import "server-only";
import { env } from "@/lib/env/index.mjs";
import { ApiError } from "./errors";

const appOrigin = new URL(env.appUrl).origin;

/**
 * CSRF guard for mutating routes: the browser must say the request comes from Keyhost's own
 * pages. `Sec-Fetch-Site` is checked when present; `Origin` must be the app's own.
 */
export function assertSameOrigin(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") {
    throw new ApiError("forbidden_origin", "foreignOrigin");
  }
  const origin = request.headers.get("origin");
  if (origin !== appOrigin) {
    throw new ApiError("forbidden_origin", "foreignOrigin");
  }
}
