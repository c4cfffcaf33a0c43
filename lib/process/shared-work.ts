import { processSingleton } from "./singleton";

interface Running {
  inputs: readonly object[];
  promise: Promise<unknown>;
}

const same = (a: readonly object[], b: readonly object[]) => a.length === b.length && a.every((input, i) => input === b[i]);

/**
 * Work derived from upstream answers, shared while it runs by every caller that holds the very same
 * answer objects (the read cache hands concurrent readers one answer) under the same key. Twenty
 * loads of Today at once then work out one account snapshot, not twenty: the CPU and memory of one
 * load. Nothing is kept once the work is done, and a read that finds other bytes brings new
 * objects, so nobody joins work done on an answer older than their own.
 */
export function sharedWork<T>(name: string, inputs: readonly [object, ...object[]], key: string, work: () => Promise<T>): Promise<T> {
  const running = processSingleton(`shared-work.${name}`, () => new WeakMap<object, Map<string, Running>>());
  const [anchor] = inputs;
  let byKey = running.get(anchor);
  const found = byKey?.get(key);
  if (found && same(found.inputs, inputs)) return found.promise as Promise<T>;
  const promise = (async () => work())();
  if (!byKey) running.set(anchor, (byKey = new Map()));
  const entry: Running = { inputs, promise };
  const held = byKey;
  held.set(key, entry);
  const done = () => {
    if (held.get(key) === entry) held.delete(key);
  };
  promise.then(done, done);
  return promise;
}
