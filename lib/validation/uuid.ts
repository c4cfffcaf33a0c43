/** Keyhost's own ids (PINs in the ledger, properties, stays) are lowercase UUIDs, as `randomUUID` makes them. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (id: string) => UUID_PATTERN.test(id);
