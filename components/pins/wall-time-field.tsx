"use client";

import { Field, describedBy } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { previewWallTime } from "@/lib/time/preview";

/** A date-and-time picker in the lock's zone, showing what it means in the viewer's zone and UTC. */
export function WallTimeField({ id, label, value, onChange, lockZone, viewerZone, error }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  lockZone: string;
  viewerZone: string;
  error?: string;
}) {
  const preview = value ? previewWallTime(value, lockZone, viewerZone) : null;
  const hint = preview ? (
    preview.kind === "nonexistent" ? (
      <span className="text-amber-800">
        {preview.message}{" "}
        <button type="button" className="underline" onClick={() => onChange(preview.nextValid)}>
          Use {preview.nextValid.replace("T", " ")}
        </button>
      </span>
    ) : (
      <span data-testid={`${id}-preview`}>
        {preview.viewer ? <>= {preview.viewer}<br /></> : null}= {preview.utc}
        {preview.note ? <><br /><span className="text-amber-800">{preview.note}</span></> : null}
      </span>
    )
  ) : undefined;
  return (
    <Field id={id} label={<>{label} <span className="font-normal text-slate-500">({lockZone})</span></>} hint={hint} error={error}>
      <div className="flex gap-2">
        <input
          id={id}
          type="datetime-local"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(id, { hint, error })}
          className={inputClasses}
        />
        {value ? (
          <button type="button" onClick={() => onChange("")} className="min-h-touch shrink-0 rounded-lg px-3 text-sm text-slate-600 hover:bg-slate-100" aria-label={`Clear ${label.toLowerCase()}`}>
            Clear
          </button>
        ) : null}
      </div>
    </Field>
  );
}
