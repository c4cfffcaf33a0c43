import type { AttentionItem } from "./types";

/** The items about the given doors, in the order the doors are listed, most urgent first on each. */
export function problemsOnDoors(items: readonly AttentionItem[], lockIds: readonly number[]): AttentionItem[] {
  const rank = (item: AttentionItem) => (item.severity === "critical" ? 0 : 1);
  return lockIds.flatMap((lockId) => items.filter((item) => item.lockId === lockId).sort((a, b) => rank(a) - rank(b)));
}
