"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Pin, PinBackup } from "@/lib/pins/types";
import { PinRow } from "./pin-row";

/**
 * The lock's backup codes, a group per property, then the heading of the other codes (and a line
 * when none of them is shown).
 */
export function BackupPinGroups({ groups, timeZone, renderActions, othersShown, filtered }: {
  groups: { property: PinBackup; pins: Pin[] }[];
  timeZone: string;
  renderActions?: (pin: Pin) => ReactNode;
  othersShown: boolean;
  filtered: boolean;
}) {
  const t = useTranslations("pins.backup");
  return (
    <>
      {groups.map((group) => (
        <BackupPinGroup key={group.property.propertyId} property={group.property} pins={group.pins} timeZone={timeZone} renderActions={renderActions} />
      ))}
      <h3 className="font-semibold text-slate-900">{t("othersHeading")}</h3>
      {othersShown ? null : <p className="text-sm text-slate-600">{filtered ? t("noOtherMatch") : t("noOther")}</p>}
    </>
  );
}

/**
 * A property's backup codes on this lock, apart from guests' codes: the host should not take one
 * for a guest's code, nor delete it to make room, and still sees that each takes a keypad place.
 */
function BackupPinGroup({ property, pins, timeZone, renderActions }: { property: PinBackup; pins: Pin[]; timeZone: string; renderActions?: (pin: Pin) => ReactNode }) {
  const t = useTranslations("pins.backup");
  const headingId = `backup-codes-${property.propertyId}`;
  return (
    <section aria-labelledby={headingId} data-testid="backup-pin-group" className="space-y-2 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200">
      <h3 id={headingId} className="font-semibold text-slate-900">{t("heading", { property: property.propertyName })}</h3>
      <p className="text-sm text-slate-700">
        {t("explain", { count: pins.length })}{" "}
        <Link href={`/properties/${property.propertyId}`} className="inline-flex min-h-touch items-center font-medium text-indigo-700 underline">
          {t("manage", { property: property.propertyName })}
        </Link>
      </p>
      <ul aria-label={t("heading", { property: property.propertyName })} className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
        {pins.map((pin) => (
          <PinRow key={pin.id} pin={pin} timeZone={timeZone} actions={renderActions?.(pin)} />
        ))}
      </ul>
    </section>
  );
}
