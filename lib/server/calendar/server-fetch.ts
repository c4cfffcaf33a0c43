import "server-only";
import { env } from "@/lib/env/index.mjs";
import { fetchFeed, type FeedValidators } from "./fetch";

/** Feeds are fetched from the public internet only; the demo's own feeds live on this machine. */
export const fetchForThisServer = (url: string, validators: FeedValidators) => fetchFeed(url, validators, { allowLoopback: env.demoMode });
