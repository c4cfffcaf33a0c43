import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";

/**
 * Two buttons, one per language; a plain form, so it works before the page's script has loaded.
 * `action` is the server action that keeps the choice (the page hands it in: components stay client-safe).
 */
export async function LanguageSwitcher({ action }: { action: (formData: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <form action={action}>
      <div role="group" aria-label={t("language")} className="flex items-center">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            aria-pressed={option === locale}
            className="inline-flex min-h-touch min-w-touch items-center justify-center rounded-lg px-1 text-xs font-semibold uppercase text-slate-600 hover:bg-slate-100 aria-pressed:text-indigo-700 aria-pressed:underline"
          >
            {option}
            <span className="sr-only"> {LOCALE_NAMES[option]}</span>
          </button>
        ))}
      </div>
    </form>
  );
}
