// Promise 6: the daily retention job removes raw answers older than privacy.retainMonths and keeps
// their monthly aggregates (per month × statement, only cells over the threshold, no sector split);
// running it again changes nothing.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { buildAnswer, buildPulse } from '../support/builders.js';
import { reliabilityRig } from '../support/reliability-fixtures.js';

const NOW = new Date('2026-03-10T10:00:00.000Z');

describe('retention', () => {
  const rig = reliabilityRig();

  it('folds expired answers into monthly aggregates, deletes them, keeps recent ones, once a day', async () => {
    const { ws } = await rig.setUp({
      config: 'organisation: Testvik\nprivacy: { minGroupSize: 3, retainMonths: 12 }\nschedules: []\n',
    });
    const loaded = loadConfig({ env: ws.env });
    if (!loaded.ok) throw new Error('config');
    const runtime: Runtime = rig.track(
      await openRuntime(loaded.config, { clock: { now: () => NOW }, logger: silentLogger }),
      (rt) => rt.close(),
    );
    const { store } = runtime;
    // Closed 14 months ago (expired) and last month (kept).
    const old = buildPulse({ id: 'old', questionIds: ['q1'], closesAt: '2025-01-15T08:00:00.000Z' });
    const recent = buildPulse({ id: 'recent', questionIds: ['q1'], closesAt: '2026-02-15T08:00:00.000Z' });
    await store.pulses.create(old);
    await store.pulses.create(recent);
    const oldValues: [number, string | null][] = [
      [5, 'oppvekst'],
      [4, 'oppvekst'],
      [4, 'oppvekst'],
      [2, 'kultur'],
      [1, null],
    ];
    for (const [value, sector] of oldValues)
      await store.pulses.upsertAnswer(
        buildAnswer({ pulseId: 'old', questionId: 'q1', value: value as 1, sector }),
      );
    for (const value of [3, 3, 3])
      await store.pulses.upsertAnswer(
        buildAnswer({ pulseId: 'recent', questionId: 'q1', value: value as 3 }),
      );
    // An expired cell under the threshold (2 < 3): deleted, and never kept as an aggregate.
    const small = buildPulse({ id: 'small', questionIds: ['q1'], closesAt: '2025-01-20T08:00:00.000Z' });
    await store.pulses.create(small);
    for (const value of [1, 1])
      await store.pulses.upsertAnswer(buildAnswer({ pulseId: 'small', questionId: 'q1', value: value as 1 }));

    const scheduler = createScheduler(runtime.core, silentLogger);
    const first = await scheduler.tick(NOW);
    const aggregates = await store.aggregates.inMonths('2000-01', '2100-01');
    const figures = {
      cutoff: first.retention?.cutoff,
      answersDeleted: first.retention?.answersDeleted,
      aggregateRows: aggregates.length,
      answersLeft: await ws.count('SELECT COUNT(*) AS n FROM pulse_answers'),
    };
    console.info('[reliability] retention', JSON.stringify(figures));
    expect(first.retention?.answersDeleted).toBe(7);
    expect(await ws.count("SELECT COUNT(*) AS n FROM pulse_answers WHERE pulse_id = 'old'")).toBe(0);
    expect(await ws.count("SELECT COUNT(*) AS n FROM pulse_answers WHERE pulse_id = 'recent'")).toBe(3);
    expect(aggregates).toEqual([
      { month: '2025-01', questionId: 'q1', sector: null, n: 5, sum: 16, counts: [1, 1, 0, 2, 1] },
    ]);

    // Later the same day (another tick, or a second process): nothing runs. A forced run adds nothing.
    expect((await scheduler.tick(new Date(NOW.getTime() + 60_000))).retention).toBeUndefined();
    expect((await scheduler.retention.run(NOW)).aggregatesWritten).toBe(0);
    expect(await store.aggregates.inMonths('2000-01', '2100-01')).toEqual(aggregates);
    // The next day it runs again (and finds nothing new).
    expect((await scheduler.tick(new Date(NOW.getTime() + 86_400_000))).retention?.answersDeleted).toBe(0);
  });
});
