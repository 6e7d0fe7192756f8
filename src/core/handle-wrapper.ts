/**
 * A transaction handle wrapped once, not on every transaction: a store keeps one handle per connection
 * with one transaction at a time on it, so the wrapper reads the state of the transaction running on
 * the handle now (`running()`), which each call hands in.
 */
export function wrapperPerHandle<H extends object, S, T>(
  wrap: (handle: H, running: () => S | undefined) => T,
): (handle: H, state: S) => T {
  const wrapped = new WeakMap<H, { value: T; running?: S }>();
  return (handle, state) => {
    let entry = wrapped.get(handle);
    if (!entry) {
      const made: { value?: T; running?: S } = {};
      made.value = wrap(handle, () => made.running);
      entry = made as { value: T; running?: S };
      wrapped.set(handle, entry);
    }
    entry.running = state;
    return entry.value;
  };
}
