import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOccurrence } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

describe('schedule repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('records an occurrence once', async () => {
    const occurrence = buildOccurrence({ status: 'skipped', reason: 'holiday' });
    expect(await t.store.schedule.record(occurrence)).toBe(true);
    expect(await t.store.schedule.record({ ...occurrence, status: 'posted' })).toBe(false);
    expect(await t.store.schedule.get(occurrence.key)).toEqual(occurrence);
    expect(await t.store.schedule.get('missing')).toBeUndefined();
  });

  it('lists by schedule and half-open period, in time order', async () => {
    const { schedule } = t.store;
    await schedule.record(buildOccurrence({ scheduledFor: '2025-03-10T08:00:00.000Z' }));
    await schedule.record(buildOccurrence({ scheduledFor: '2025-03-03T08:00:00.000Z' }));
    await schedule.record(buildOccurrence({ scheduledFor: '2025-04-01T08:00:00.000Z' }));
    await schedule.record(
      buildOccurrence({ scheduleId: 'pulse', kind: 'pulse', scheduledFor: '2025-03-05T08:00:00.000Z' }),
    );

    expect(await schedule.list()).toHaveLength(4);
    const march = await schedule.list({
      scheduleId: 'weekly-reflection',
      period: { from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T08:00:00.000Z' },
    });
    expect(march.map((o) => o.scheduledFor)).toEqual([
      '2025-03-03T08:00:00.000Z',
      '2025-03-10T08:00:00.000Z',
    ]);
    expect((await schedule.list({ scheduleId: 'pulse' })).map((o) => o.kind)).toEqual(['pulse']);
  });

  it('keeps a watermark per schedule', async () => {
    const { schedule } = t.store;
    expect(await schedule.watermark('weekly')).toBeUndefined();
    await schedule.setWatermark('weekly', '2025-03-03T08:00:00.000Z');
    await schedule.setWatermark('weekly', '2025-03-10T08:00:00.000Z');
    await schedule.setWatermark('monthly', '2025-03-01T08:00:00.000Z');
    expect(await schedule.watermark('weekly')).toBe('2025-03-10T08:00:00.000Z');
    expect(await schedule.watermark('monthly')).toBe('2025-03-01T08:00:00.000Z');
  });
});
