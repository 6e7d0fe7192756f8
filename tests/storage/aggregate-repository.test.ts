import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonthlyAggregate } from '../../src/core/ports.js';
import { createTestStore, type TestStore } from '../support/database.js';

function aggregate(overrides: Partial<MonthlyAggregate> = {}): MonthlyAggregate {
  return {
    month: '2025-03',
    questionId: 'tillit',
    sector: null,
    n: 3,
    sum: 11,
    counts: [0, 0, 1, 2, 0],
    ...overrides,
  };
}

describe('aggregate repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('stores new rows and reads them back as given', async () => {
    const { aggregates } = t.store;
    const all = aggregate();
    const helse = aggregate({ sector: 'helse', n: 1, sum: 5, counts: [0, 0, 0, 0, 1] });
    await aggregates.add([all, helse]);
    expect(await aggregates.inMonths('2025-03', '2025-04')).toEqual([all, helse]);
  });

  it('adds to the stored sums, the all-sectors row (sector null) included, keeping one row per key', async () => {
    const { aggregates } = t.store;
    await aggregates.add([
      aggregate(),
      aggregate({ sector: 'helse', n: 1, sum: 2, counts: [0, 1, 0, 0, 0] }),
    ]);
    await aggregates.add([
      aggregate({ n: 2, sum: 3, counts: [1, 1, 0, 0, 0] }),
      aggregate({ sector: 'helse', n: 1, sum: 4, counts: [0, 0, 0, 1, 0] }),
      aggregate({ sector: 'oppvekst', n: 1, sum: 1, counts: [1, 0, 0, 0, 0] }),
    ]);
    expect(await aggregates.inMonths('2025-03', '2025-04')).toEqual([
      aggregate({ n: 5, sum: 14, counts: [1, 1, 1, 2, 0] }),
      aggregate({ sector: 'helse', n: 2, sum: 6, counts: [0, 1, 0, 1, 0] }),
      aggregate({ sector: 'oppvekst', n: 1, sum: 1, counts: [1, 0, 0, 0, 0] }),
    ]);
    expect(await t.rows('SELECT count(*) AS n FROM monthly_aggregates')).toEqual([{ n: 3 }]);
    expect(await t.rows('SELECT count(*) AS n FROM monthly_aggregates WHERE sector IS NULL')).toEqual([
      { n: 1 },
    ]);
  });

  it('adds nothing for an empty list', async () => {
    await t.store.aggregates.add([]);
    expect(await t.store.aggregates.inMonths('0000-00', '9999-99')).toEqual([]);
  });

  it('reads months from ≤ month < to, by month, statement and sector (all sectors first)', async () => {
    const { aggregates } = t.store;
    await aggregates.add([
      aggregate({ month: '2025-04', questionId: 'tillit', sector: 'helse' }),
      aggregate({ month: '2025-02' }),
      aggregate({ month: '2025-03', questionId: 'tillit', sector: 'oppvekst' }),
      aggregate({ month: '2025-03', questionId: 'frihet', sector: 'helse' }),
      aggregate({ month: '2025-03', questionId: 'tillit', sector: null }),
      aggregate({ month: '2025-03', questionId: 'tillit', sector: 'helse' }),
      aggregate({ month: '2025-05' }),
    ]);
    const key = (a: MonthlyAggregate) => `${a.month}/${a.questionId}/${a.sector}`;
    expect((await aggregates.inMonths('2025-03', '2025-05')).map(key)).toEqual([
      '2025-03/frihet/helse',
      '2025-03/tillit/null',
      '2025-03/tillit/helse',
      '2025-03/tillit/oppvekst',
      '2025-04/tillit/helse',
    ]);
    expect((await aggregates.inMonths('2025-02', '2025-03')).map(key)).toEqual(['2025-02/tillit/null']);
    expect(await aggregates.inMonths('2025-06', '2025-12')).toEqual([]);
    expect(await aggregates.inMonths('2025-03', '2025-03')).toEqual([]);
  });
});
