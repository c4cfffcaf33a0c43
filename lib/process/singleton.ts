/**
 * One object per server process. Next bundles a module into several chunks (each route, the
 * instrumentation hook), so a module-level variable would give each its own copy; the object lives
 * on globalThis under a registered symbol instead. Every process-wide object is held this way.
 */
const key = (name: string) => Symbol.for(`keyhost.${name}`);
const holder = () => globalThis as unknown as Record<symbol, unknown>;

export function processSingleton<T>(name: string, create: () => T): T {
  const held = holder();
  if (!(key(name) in held)) held[key(name)] = create();
  return held[key(name)] as T;
}

/** Drops the object, so the next `processSingleton` call creates it afresh (a reset, or a test). */
export function forgetProcessSingleton(name: string): void {
  delete holder()[key(name)];
}
