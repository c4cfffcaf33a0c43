"use client";

import { lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from "react";
import { loadWhenOnline } from "@/lib/api/load-when-online";

/**
 * A part of a page whose code loads when it is first rendered, not with the page (React.lazy);
 * if the phone lost its signal, it waits for the signal and tries again. Render it inside a
 * Suspense boundary whose fallback says what is loading, and only in the browser: after a click,
 * or inside `LaterPart`, which waits for the page to hydrate.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => loadWhenOnline(load).then((component) => ({ default: component })));
}

const noSubscription = () => () => {};

/** False on the server and while the page hydrates, true from then on. */
export function useMounted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * Where lazy parts go: `fallback` on the server and while the page hydrates (so both render the
 * same), then the parts, with `fallback` again until their code is there.
 */
export function LaterPart({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  const mounted = useMounted();
  if (!mounted) return fallback;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
