"use client";

import { useEffect, useRef } from "react";

/**
 * Brings the section a link pointed at (`/page#id`) into view once its content has loaded.
 * The browser jumps to the hash on navigation, but on a client-rendered page the section is still a
 * skeleton then, and the sections above it grow afterwards and push it off the screen.
 */
export function useScrollToHash(id: string, ready: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || window.location.hash !== `#${id}`) return;
    done.current = true;
    document.getElementById(id)?.scrollIntoView({ block: "start" });
  }, [id, ready]);
}
