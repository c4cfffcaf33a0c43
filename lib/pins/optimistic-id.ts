/** The id a create is shown under until the server's answer gives it its Keyhost id. */
export const optimisticId = (code: string) => `optimistic-${code}`;
export const isOptimisticId = (id: string) => id.startsWith("optimistic-");
