// Slack rate-limits per method for the whole workspace, so a 429's Retry-After holds for every
// caller of that method, not only the delivery that got it: the others wait here instead of each
// hitting 429 and burning an outbox attempt.

export interface RateGate {
  /** Resolves when `method` may be called again (at once when it is not paused). */
  ready(method: string): Promise<void>;
  /** Slack answered 429 for `method`: nobody calls it for `retryAfterMs`. */
  pause(method: string, retryAfterMs: number): void;
}

export function createRateGate(now: () => number = Date.now): RateGate {
  const pausedUntil = new Map<string, number>();
  return {
    async ready(method) {
      for (;;) {
        const wait = (pausedUntil.get(method) ?? 0) - now();
        if (wait <= 0) return;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
    pause(method, retryAfterMs) {
      pausedUntil.set(method, Math.max(pausedUntil.get(method) ?? 0, now() + retryAfterMs));
    },
  };
}
