/**
 * The promise's value if it settles within `ms`, otherwise `late` (the promise goes on; a failure in
 * time rejects). A plain timer, cleared when the promise settles: it runs on every vote, and aborting
 * a promise timer instead would make an error object each time.
 */
export function within<T, L>(promise: Promise<T>, ms: number, late: L): Promise<T | L> {
  return new Promise<T | L>((resolve, reject) => {
    const timer = setTimeout(() => resolve(late), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The promise's value if it settles within `ms`, otherwise undefined (the promise goes on). */
export const settledWithin = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  within(promise, ms, undefined);

/** A lookup given `ms` at most: its value, or `fallback` when it fails or is late. */
export const valueWithin = <T>(lookup: () => T | Promise<T>, ms: number, fallback: T): Promise<T> =>
  within(
    Promise.resolve()
      .then(lookup)
      .catch(() => fallback),
    ms,
    fallback,
  );
