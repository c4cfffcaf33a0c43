/**
 * Ids are checked before they are put into an upstream URL, so nothing a client sends can
 * change the path Keyhost calls.
 */
export const LOCK_ID_PATTERN = /^[1-9][0-9]{0,15}$/;
export const AUTH_ID_PATTERN = /^[0-9a-f]{24}$/;

export function parseLockId(raw: string): number | null {
  if (!LOCK_ID_PATTERN.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export function isAuthId(raw: string): boolean {
  return AUTH_ID_PATTERN.test(raw);
}
