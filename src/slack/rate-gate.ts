// Slack rate-limits per method for the whole workspace, so a 429's Retry-After holds for every
// caller of that method, not only the delivery that got it: the others wait here instead of each
// hitting 429 and burning an outbox attempt.

/** Thrown by `ready` once the gate is closed: the call was never made, so nothing is in doubt. */
export const GATE_CLOSED = 'shutting_down';

export interface RateGate {
  /** Resolves when `method` may be called again (at once when it is not paused). */
  ready(method: string): Promise<void>;
  /** Slack answered 429 for `method`: nobody calls it for `retryAfterMs`. */
  pause(method: string, retryAfterMs: number): void;
  /**
   * Shutting down: every wait ends now with a `shutting_down` error, and so does every later call.
   * A Retry-After of minutes must not hold the exit up; the outbox keeps those sends for the next start.
   */
  close(): void;
}

export function createRateGate(now: () => number = Date.now): RateGate {
  const pausedUntil = new Map<string, number>();
  const waking = new Set<() => void>();
  let closed = false;
  const refuse = () => Object.assign(new Error('shutting down: not sent'), { code: GATE_CLOSED });
  return {
    async ready(method) {
      for (;;) {
        if (closed) throw refuse();
        const wait = (pausedUntil.get(method) ?? 0) - now();
        if (wait <= 0) return;
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            waking.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, wait);
          waking.add(wake);
        });
      }
    },
    pause(method, retryAfterMs) {
      pausedUntil.set(method, Math.max(pausedUntil.get(method) ?? 0, now() + retryAfterMs));
    },
    close() {
      closed = true;
      for (const wake of [...waking]) wake();
    },
  };
}
