"use client";

import { Button } from "./button";
import { Callout } from "./callout";

/** The designed error state of a query: what happened, in words, and a way to try again. */
export function QueryError({ error, onRetry, title = "Could not load this" }: { error: Error; onRetry: () => void; title?: string }) {
  return (
    <Callout tone="bad" role="alert" title={title}>
      <p>{error.message}</p>
      <Button variant="secondary" className="mt-3" onClick={onRetry}>
        Try again
      </Button>
    </Callout>
  );
}
