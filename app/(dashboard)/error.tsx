"use client";

import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <Callout tone="bad" role="alert" title="This page could not be shown">
      <p>Something went wrong while loading. Your locks and PINs were not changed.</p>
      <Button variant="secondary" className="mt-3" onClick={reset}>
        Try again
      </Button>
    </Callout>
  );
}
