import { QueryClient, isServer } from "@tanstack/react-query";

/** How long data counts as fresh: a page prefetched on the server is not fetched again on arrival. */
export const STALE_TIME_MS = 30_000;

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh on arrival; don't fetch it again at once.
        staleTime: STALE_TIME_MS,
        // Coming back to the tab (or online) refreshes what has gone stale; nothing polls on its own,
        // and what does poll (PINs on their way to the lock) stops while the tab is hidden.
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
        refetchIntervalInBackground: false,
        // A refusal (4xx) is not retried; a server error or a dropped connection (status 0) is, twice.
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof Error && "status" in error && Number(error.status) >= 400 && Number(error.status) < 500),
        // Reads keep the default "online" mode: offline they pause and the page keeps what it shows.
      },
      mutations: {
        // A write is never paused until the signal returns (the host would see it "saving" for ever and
        // it could land much later): it runs at once, and the API client refuses it while offline.
        networkMode: "always",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * A fresh client per server request (never shared between users); one client for the life of the
 * page in the browser, so React suspending during the first render does not throw the cache away.
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
