import type { Clock } from '../../src/core/ports.js';

export interface FakeClock extends Clock {
  set(at: Date | string): void;
  /** Moves the clock forward by `ms` milliseconds; returns the new time. */
  advance(ms: number): Date;
}

/** A clock that only moves when the test says so. */
export function createFakeClock(start: Date | string = '2026-03-02T08:00:00.000Z'): FakeClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set(at) {
      current = new Date(at).getTime();
    },
    advance(ms) {
      current += ms;
      return new Date(current);
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
