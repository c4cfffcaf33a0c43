import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Messages } from "./messages";
import type { Translate } from "./types";

/** The component's translator for a namespace, loosely typed, to hand to a pure function that takes a `Translate`. */
export function useTranslate(namespace: keyof Messages): Translate {
  const t = useTranslations(namespace);
  return useMemo<Translate>(() => (key, values) => t(key as never, values as never), [t]);
}
