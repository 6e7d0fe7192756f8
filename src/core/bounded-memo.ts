/** A map of at most `limit` entries: a new key set when it is full makes it forget the oldest. */
export function boundedMap<V>(limit: number) {
  const entries = new Map<string, V>();
  return {
    get: (key: string): V | undefined => entries.get(key),
    has: (key: string): boolean => entries.has(key),
    delete: (key: string): boolean => entries.delete(key),
    /** Sets `key` and returns `value`. */
    set(key: string, value: V): V {
      if (entries.size >= limit && !entries.has(key)) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
  };
}

/**
 * Remembers what a pure computation gave for a key, at most `limit` entries (the oldest is forgotten
 * first). The values are frozen: one value is shared by every caller, so none may change it.
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const known = boundedMap<V>(limit);
  return (key, compute) => known.get(key) ?? known.set(key, deepFreeze(compute()));
}

function deepFreeze<V>(value: V): V {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
