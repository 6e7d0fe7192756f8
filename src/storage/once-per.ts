/** `build(key)` once per key object, kept as long as the key is (a pooled connection, a handle). */
export function oncePer<K extends object, V>(build: (key: K) => V, seed?: [K, V]): (key: K) => V {
  const built = new WeakMap<K, V>(seed ? [seed] : []);
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}
