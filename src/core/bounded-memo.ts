/**
 * Remembers what a pure computation gave for a key, at most `limit` entries (the oldest is forgotten
 * first). The values are frozen: one value is shared by every caller, so none may change it.
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const known = new Map<string, V>();
  return (key, compute) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = deepFreeze(compute());
    if (known.size >= limit) known.delete(known.keys().next().value as string);
    known.set(key, value);
    return value;
  };
}

function deepFreeze<V>(value: V): V {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
