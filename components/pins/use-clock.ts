"use client";

import { useEffect, useState } from "react";

/** The current time, moving on every `everyMs`: for tags and elapsed times, never for a network request. */
export function useClock(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
