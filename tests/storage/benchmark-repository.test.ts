import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

describe('benchmark repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('keeps one file per month, replaced on a new import, and finds the latest up to a month', async () => {
    const { benchmarks } = t.store;
    expect(await benchmarks.latest('2025-03')).toBeUndefined();
    await benchmarks.save({ month: '2025-01', body: 'january', importedAt: '2025-02-03T08:00:00.000Z' });
    await benchmarks.save({ month: '2025-02', body: 'february', importedAt: '2025-03-03T08:00:00.000Z' });
    await benchmarks.save({
      month: '2025-02',
      body: 'february, corrected',
      importedAt: '2025-03-04T08:00:00.000Z',
    });
    expect(await benchmarks.latest('2025-03')).toEqual({
      month: '2025-02',
      body: 'february, corrected',
      importedAt: '2025-03-04T08:00:00.000Z',
    });
    expect((await benchmarks.latest('2025-01'))?.body).toBe('january');
    expect(await benchmarks.latest('2024-12')).toBeUndefined();
  });
});
