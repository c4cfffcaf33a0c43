import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { AuthSession } from "@/lib/auth/session";
import { nukiForRequest } from "@/lib/nuki/read-cache";

/**
 * One Nuki client per server render, shared by the page and the header's Today count. Each reads
 * the same two listings; with one client a hard reload (`Cache-Control: no-cache`), whose reads all
 * go upstream, reads them once for both instead of once each.
 */
export const nukiForRender = cache(async (session: AuthSession) => nukiForRequest(session, await headers()));
