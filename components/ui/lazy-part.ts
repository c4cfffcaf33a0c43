"use client";

import { lazy, useSyncExternalStore, type ComponentType } from "react";
import { loadWhenOnline } from "@/lib/api/load-when-online";

/**
 * A part of a page whose code loads when it is first rendered, not with the page (React.lazy);
 * if the phone lost its signal, it waits for the signal and tries again. Render it inside a
 * Suspense boundary whose fallback says what is loading, and only in the browser: after a click,
 * or once `useMounted` says the page has hydrated.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => loadWhenOnline(load).then((component) => ({ default: component })));
}

const noSubscription = () => () => {};

/** False on the server and while the page hydrates, true from then on. */
export function useMounted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
