/**
 * Digests are computed one at a time, each starting in its own turn of the event loop, so a burst
 * of dashboard requests never keeps `/healthz` or a vote waiting for more than one step. Work that
 * returns a promise holds the queue until it settles. Requests for the same key while one is
 * running share its result.
 */
export function createWorkQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  const running = new Map<string, Promise<unknown>>();
  return function run<T>(key: string | null, work: () => T | Promise<T>): Promise<T> {
    const shared = key === null ? undefined : running.get(key);
    // biome-ignore lint/nursery/noMisusedPromises: the same work already queued (or undefined), not its result
    if (shared) return shared as Promise<T>;
    // An immediate queued from another immediate runs in the next loop turn, after pending I/O.
    const job = tail.then(
      () =>
        new Promise<T>((resolve, reject) =>
          setImmediate(() => {
            try {
              resolve(work());
            } catch (error) {
              reject(error);
            }
          }),
        ),
    );
    tail = job.catch(() => undefined);
    if (key !== null) {
      running.set(key, job);
      void job.finally(() => running.delete(key)).catch(() => undefined);
    }
    return job;
  };
}
