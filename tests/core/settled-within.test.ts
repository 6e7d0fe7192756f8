import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledWithin, valueWithin, within } from '../../src/core/settled-within.js';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const failingLater = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error('late failure')), ms));

describe('within a time limit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the value that comes in time, and leaves no timer behind', async () => {
    const answer = within(later(10, 'stored'), 100, 'late');
    await vi.advanceTimersByTimeAsync(10);
    await expect(answer).resolves.toBe('stored');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives `late` when the promise is slower, and the promise goes on', async () => {
    let done = false;
    const slow = later(500, 'stored').then((v) => {
      done = true;
      return v;
    });
    const answer = settledWithin(slow, 100);
    await vi.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    expect(done).toBe(true);
  });

  it('rejects with a failure in time; a failure after the limit is nobody’s unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const early = within(failingLater(10), 100, 'late');
      const checked = expect(early).rejects.toThrow('late failure');
      await vi.advanceTimersByTimeAsync(10);
      await checked;
      const answer = within(failingLater(500), 100, 'late');
      await vi.advanceTimersByTimeAsync(600);
      await expect(answer).resolves.toBe('late');
      vi.useRealTimers();
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('valueWithin: a failed lookup gives the fallback', async () => {
    await expect(
      valueWithin(
        () => {
          throw new Error('no');
        },
        100,
        'fallback',
      ),
    ).resolves.toBe('fallback');
  });
});
