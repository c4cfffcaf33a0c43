"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { useDeleteProperty } from "@/lib/properties/mutations";

export function PropertyDelete({ propertyId, name }: { propertyId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteProperty(propertyId);
  const router = useRouter();
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => setOpen(true)}>Delete property</Button>
      {remove.error ? <Callout tone="bad" role="alert">{remove.error.message}</Callout> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={`Delete ${name}?`}>
        <p className="text-slate-700">The doors and their PINs stay as they are; only the grouping and its defaults go.</p>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" onClick={() => setOpen(false)}>Keep it</Button>
          <Button
            variant="danger"
            onClick={() => {
              setOpen(false);
              remove.mutate(undefined, { onSuccess: () => router.push("/properties") });
            }}
          >
            Delete property
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
