import { processSingleton } from "./singleton";

/**
 * How many changes a host has made to an account through this process: each write request counts
 * one when it ends, whatever it changed (the ledger, a property, a calendar). Work shared between
 * requests is only shared between requests that saw the same count, so nobody is answered with
 * what was worked out before their own change.
 */
const counts = () => processSingleton("account-changes", () => new Map<string, number>());

export function accountChanged(accountId: string): void {
  const all = counts();
  all.set(accountId, (all.get(accountId) ?? 0) + 1);
}

export function accountChanges(accountId: string): number {
  return counts().get(accountId) ?? 0;
}
