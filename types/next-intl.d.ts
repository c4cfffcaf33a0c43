import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

// Typed keys: a t("…") call naming a key the English catalog lacks fails the typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
