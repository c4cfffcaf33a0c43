"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/config";

/** The language a guest message is written in: the guest's, whatever language the host reads Keyhost in. */
export function MessageLanguageSelect({ id, value, onChange, label, hint, disabled }: {
  id: string;
  value: Locale;
  onChange: (language: Locale) => void;
  /** "Message language" unless told. */
  label?: string;
  hint?: string;
  disabled?: boolean;
}) {
  const t = useTranslations("guestMessages");
  return (
    <Field id={id} label={label ?? t("language.label")} hint={hint}>
      <select
        id={id}
        className={inputClasses}
        value={value}
        disabled={disabled}
        data-testid="message-language"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          if (isLocale(e.target.value)) onChange(e.target.value);
        }}
      >
        {LOCALES.map((language) => (
          <option key={language} value={language}>{t(`language.names.${language}`)}</option>
        ))}
      </select>
    </Field>
  );
}
