"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import Link from "next/link";
import { AttentionFixesLater } from "@/components/attention/attention-fixes-later";
import { attentionQueryOptions } from "@/lib/attention/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { useTranslate } from "@/lib/i18n/use-translate";
import { WEEKDAYS } from "@/lib/pins/types";
import type { StayDoor } from "@/lib/stays/types";
import { describeWindow } from "@/lib/pins/describe-window";
import { DoorStatusBadge } from "./door-status-badge";

const window = (door: StayDoor, t: Translate, locale: Locale) =>
  describeWindow({ validFrom: door.validFrom, validUntil: door.validUntil, weekdays: [...WEEKDAYS], dailyFrom: null, dailyUntil: null }, door.timeZone, t, locale);

/** Every door of the stay at a glance: its status and the window in the door's own zone. */
export function StayDoors({ doors }: { doors: StayDoor[] }) {
  // Each door's problems come from Needs attention, with their fixes, so they are fixed here.
  const { data: attention } = useQuery(attentionQueryOptions());
  const pinWords = useTranslate("pins");
  const locale = useLocale();
  const problemsOf = (door: StayDoor) =>
    attention?.items.filter((item) => (item.pinId !== undefined ? item.pinId === door.pinId : item.lockId === door.lockId && item.kind === "offline")) ?? [];
  return (
    <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
      {doors.map((door) => (
        <li key={door.lockId} data-testid="stay-door" data-status={door.status} className="space-y-1 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold text-slate-900" data-testid="door-name">
              <Link href={`/locks/${door.lockId}`} className="inline-flex min-h-touch items-center text-indigo-700 underline">{door.lockName}</Link>
            </h3>
            <DoorStatusBadge status={door.status} />
          </div>
          {door.validFrom || door.validUntil ? <p className="text-sm text-slate-700" data-testid="door-window">{window(door, pinWords, locale)}</p> : null}
          {door.statusReason ? <p className="text-sm text-slate-600">{door.statusReason}</p> : null}
          {problemsOf(door).map((item) => (
            <div key={item.id} className="space-y-1 rounded-lg bg-amber-50 p-3 ring-1 ring-inset ring-amber-200" data-testid="door-problem" data-kind={item.kind}>
              <p className="text-sm font-semibold text-amber-950">{item.title}</p>
              <p className="text-sm text-amber-950">{item.detail}</p>
              <AttentionFixesLater item={item} />
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
