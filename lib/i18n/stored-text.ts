import type { Translate } from "@/lib/i18n/types";

/** The values a stored sentence keeps: plain strings and numbers, as JSON holds them. */
export type StoredValues = Record<string, string | number>;

/**
 * A sentence kept in the database (a feed's last error, a stay's notice or code note, a backup code's
 * problem on a door) as its full message key and values, so each reader sees it in their own
 * language: `{"key":"calendar.feedError.timeout","values":{"seconds":10}}`.
 */
export function storedMessage(key: string, values?: StoredValues): string {
  return JSON.stringify(values ? { key, values } : { key });
}

/** The key and values of a stored sentence; null for a sentence stored before keys (shown as it is). */
export function readStored(text: string): { key: string; values?: StoredValues } | null {
  if (!text.startsWith('{"key":')) return null;
  try {
    const parsed = JSON.parse(text) as { key?: unknown; values?: unknown };
    if (typeof parsed.key !== "string") return null;
    return { key: parsed.key, values: typeof parsed.values === "object" && parsed.values !== null ? (parsed.values as StoredValues) : undefined };
  } catch {
    return null;
  }
}

/**
 * A stored sentence in the reader's language. `translators` holds a translator for each namespace
 * its key may come from (`{ calendar: t }`); a sentence stored before keys is shown as it is.
 */
export function storedText(text: string, translators: Partial<Record<string, Translate>>): string {
  const stored = readStored(text);
  if (!stored) return text;
  const dot = stored.key.indexOf(".");
  const t = dot > 0 ? translators[stored.key.slice(0, dot)] : undefined;
  return t ? t(stored.key.slice(dot + 1), stored.values) : text;
}
