"use client";

import { useState } from "react";

/**
 * The sentence a screen reader should hear about what just changed, from two successive values of
 * `data` (say, a query's answer before and after a poll). It keeps the last sentence until a newer one.
 */
export function useChangeAnnouncement<T>(data: T | undefined, describe: (before: T | undefined, after: T) => string[]): string {
  const [previous, setPrevious] = useState(data);
  const [message, setMessage] = useState("");
  if (data !== previous) {
    setPrevious(data);
    if (data !== undefined) {
      const said = describe(previous, data);
      if (said.length) setMessage(said.join(" "));
    }
  }
  return message;
}

/** A polite live region, in the page from the start so that its changes are read out; seen by no one. */
export function LiveRegion({ message, testId }: { message: string; testId?: string }) {
  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid={testId}>
      {message}
    </p>
  );
}
