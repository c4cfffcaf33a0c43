import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import type { NukiClient } from "@/lib/nuki/client";
import type { PropertyCreate, PropertyPatch } from "@/lib/properties/schema";
import type { PropertyStore } from "./store";
import { PROPERTY_DEFAULTS, type Property } from "@/lib/properties/types";

export interface PropertyContext {
  nuki: NukiClient;
  accountId: string;
  properties: PropertyStore;
  /** Only the count it needs, so properties do not depend on how stays are stored. */
  stays: { activeCount(accountId: string, propertyId: string): Promise<number> };
}

const notFound = () => new DomainError("not_found", "noSuchProperty");

/** Doors must be locks Nuki lists for this account, so a property never names someone else's lock. */
async function assertOwnLocks(nuki: NukiClient, lockIds: number[]) {
  const mine = new Set((await nuki.listLocks()).map((lock) => lock.smartlockId));
  const stranger = lockIds.findIndex((id) => !mine.has(id));
  if (stranger >= 0) throw new DomainError("invalid_input", "lockNotYours", `lockIds.${stranger}`);
}

export const listProperties = (ctx: PropertyContext) => ctx.properties.list(ctx.accountId);

export async function getProperty(ctx: PropertyContext, id: string): Promise<Property> {
  const property = await ctx.properties.get(ctx.accountId, id);
  if (!property) throw notFound();
  return property;
}

export async function createProperty(ctx: PropertyContext, input: PropertyCreate): Promise<Property> {
  await assertOwnLocks(ctx.nuki, input.lockIds);
  return ctx.properties.create(ctx.accountId, { ...PROPERTY_DEFAULTS, ...input });
}

export async function updateProperty(ctx: PropertyContext, id: string, patch: PropertyPatch): Promise<Property> {
  const current = await getProperty(ctx, id);
  if (patch.lockIds) await assertOwnLocks(ctx.nuki, patch.lockIds);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return ctx.properties.save(ctx.accountId, { ...current, ...defined, id });
}

/** A property with stays still on its doors is kept: cancel them first, so no PIN is orphaned. */
export async function deleteProperty(ctx: PropertyContext, id: string): Promise<void> {
  await getProperty(ctx, id);
  const active = await ctx.stays.activeCount(ctx.accountId, id);
  if (active > 0) {
    throw new DomainError("has_stays", "hasStays", undefined, undefined, { count: active });
  }
  await ctx.properties.remove(ctx.accountId, id);
}
