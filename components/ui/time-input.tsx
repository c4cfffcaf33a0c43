"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import { normaliseTimeOfDay, TIME_OF_DAY_PATTERN } from "@/lib/time/typed-time";
import { inputClasses } from "./input-classes";

type TimeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "onChange" | "inputMode" | "pattern" | "placeholder" | "autoComplete"> & {
  /** `HH:mm` as a time input gives it, "" for no time; while typing, the text as typed. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A time of day on a 24-hour clock, typed. `<input type="time">` shows a 12-hour clock in some
 * browsers' locales whatever the page's language; this one shows what is typed. The value stays
 * `HH:mm` as before: on leaving the field "930" or "9:30" becomes "09:30"; what is no time stays
 * as typed, so the form's check names the field.
 */
export function TimeInput({ value, onChange, onBlur, className, ...props }: TimeInputProps) {
  const t = useTranslations("time");
  return (
    <input
      {...props}
      type="text"
      inputMode="numeric"
      pattern={TIME_OF_DAY_PATTERN}
      placeholder={t("placeholder")}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        const normal = normaliseTimeOfDay(e.target.value);
        if (normal !== null && normal !== e.target.value) onChange(normal);
        onBlur?.(e);
      }}
      className={className ?? inputClasses}
    />
  );
}
