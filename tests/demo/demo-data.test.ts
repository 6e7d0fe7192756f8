import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_SCHEMA_VERSION } from '../../src/core/digest/digest.js';
import { localMonth, shiftMonth } from '../../src/core/time.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { silentLogger } from '../../src/logger.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import {
  aggregateFingerprint,
  DEMO_NOW,
  type DemoRuntime,
  digestFigures,
  rows,
  runDemo,
} from './demo-runtime.js';

const opened: DemoRuntime[] = [];
async function demo(options: Parameters<typeof runDemo>[0] = {}) {
  const run = await runDemo(options);
  opened.push(run);
  return run;
}
afterEach(async () => {
  for (const run of opened.splice(0)) await run.close();
});

const lastMonth = shiftMonth(localMonth(DEMO_NOW, 'Europe/Oslo'), -1);

describe('demo-data generator', () => {
  it('gives identical aggregates for the same seed', async () => {
    const a = await demo({ seed: 7, months: 3 });
    const b = await demo({ seed: 7, months: 3 });
    expect(await aggregateFingerprint(b.runtime)).toEqual(await aggregateFingerprint(a.runtime));
    const digest = async (run: typeof a) => digestFigures(await run.runtime.core.digests.forMonth(lastMonth));
    expect(await digest(b)).toEqual(await digest(a));
    expect(a.summary.answers).toBeGreaterThan(0);
  });

  it('gives different data for a different seed', async () => {
    const a = await demo({ seed: 7, months: 3 });
    const b = await demo({ seed: 8, months: 3 });
    expect(await aggregateFingerprint(b.runtime)).not.toEqual(await aggregateFingerprint(a.runtime));
  });

  it('shows every dimension asked last month in the real digest of a 60-member run', async () => {
    const { runtime, summary } = await demo();
    expect(summary.people.total).toBe(60);
    expect(summary.pulses).toBeGreaterThanOrEqual(12);
    const digest = await runtime.core.digests.forMonth(lastMonth);
    expect(digest.version).toBe(DIGEST_SCHEMA_VERSION);
    expect(digest.participation.pulses).toBeGreaterThanOrEqual(2);
    expect(digest.dimensions.length).toBeGreaterThanOrEqual(4);
    for (const line of digest.dimensions) {
      expect(line.result.shown, line.id).toBe(true);
      if (line.result.shown) expect(line.result.value.mean).toBeGreaterThan(1.5);
    }
    const rate = digest.participation.rate;
    // Each demo pulse was posted to a channel of the 60 members: the rate divides by that audience.
    expect(rate.shown && rate.value.asked).toBe(60 * digest.participation.pulses);
    expect(rate.shown && rate.value.share).toBeGreaterThan(0.35);
    expect(rate.shown && rate.value.share).toBeLessThan(0.85);
    expect(digest.stories.length + digest.nominations.length).toBeGreaterThan(0);
    // Earlier months have data too.
    expect(
      (await runtime.core.digests.forMonth(shiftMonth(lastMonth, -4))).participation.pulses,
    ).toBeGreaterThan(0);
  });

  it('answers the pulses as 45–80 % of the members', async () => {
    const { runtime } = await demo();
    const perPulse = await rows<{ n: number }>(
      runtime,
      'SELECT pulse_id, count(*) AS n FROM pulse_participation GROUP BY pulse_id',
    );
    expect(perPulse.length).toBeGreaterThan(10);
    const mean = perPulse.reduce((sum, r) => sum + r.n, 0) / perPulse.length / 60;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.8);
  });

  it('makes people in a good climate disagree with the konflikt statement', async () => {
    const { runtime } = await demo({ members: 200 });
    const values = await rows<{ value: number; n: number }>(
      runtime,
      "SELECT value, count(*) AS n FROM pulse_answers WHERE question_id LIKE 'pulse-konflikt-%' GROUP BY value",
    );
    const total = values.reduce((sum, r) => sum + r.n, 0);
    const disagree = values.filter((r) => r.value <= 2).reduce((sum, r) => sum + r.n, 0);
    const agree = values.filter((r) => r.value >= 4).reduce((sum, r) => sum + r.n, 0);
    expect(total).toBeGreaterThan(50);
    expect(disagree / total).toBeGreaterThan(0.5);
    expect(agree).toBeLessThan(disagree / 3);
    const digest = await runtime.core.digests.forMonth(lastMonth);
    const konflikt = digest.dimensions.find((d) => d.id === 'konflikt');
    if (konflikt?.result.shown) expect(konflikt.result.value.mean).toBeGreaterThan(3.5);
  });

  it('stores answers without any user id, one unlinkable pseudonym per person and pulse', async () => {
    const { runtime } = await demo();
    const columns = (
      await rows<{ name: string }>(
        runtime,
        runtime.database.dialect === 'sqlite'
          ? 'PRAGMA table_info(pulse_answers)'
          : "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'pulse_answers'",
      )
    ).map((c) => c.name);
    expect(columns).toContain('pseudonym');
    expect(columns.some((name) => /user|person|author|key/i.test(name))).toBe(false);
    const answers = await rows(runtime, 'SELECT * FROM pulse_answers');
    const people = await runtime.store.people.list();
    const ids = new Set(people.flatMap((p) => [p.key, p.userId, p.displayName, p.email]));
    for (const answer of answers) {
      for (const value of Object.values(answer)) expect(ids.has(value as string)).toBe(false);
    }
    const perPulse = await rows<{ pseudonyms: number; participants: number }>(
      runtime,
      `SELECT a.pulse_id, count(DISTINCT a.pseudonym) AS pseudonyms,
        (SELECT count(*) FROM pulse_participation x WHERE x.pulse_id = a.pulse_id) AS participants
        FROM pulse_answers a GROUP BY a.pulse_id`,
    );
    expect(perPulse.length).toBeGreaterThan(10);
    for (const row of perPulse) expect(row.pseudonyms).toBe(row.participants);
    const linked = await rows(
      runtime,
      'SELECT pseudonym FROM pulse_answers GROUP BY pseudonym HAVING count(DISTINCT pulse_id) > 1',
    );
    expect(linked).toEqual([]);
    // As with real votes, an answer carries the pulse's opening time, not the participation time.
    const timed = await rows(
      runtime,
      'SELECT count(*) AS n FROM pulse_answers a JOIN pulses p ON p.id = a.pulse_id WHERE a.answered_at <> p.opens_at',
    );
    expect(timed).toEqual([{ n: 0 }]);
  });

  it('dates everything before the runtime clock and closes the pulses that are over', async () => {
    const { runtime } = await demo();
    const now = DEMO_NOW.toISOString();
    const max = async (sql: string) => (await rows<{ m: string | null }>(runtime, sql))[0]?.m ?? null;
    for (const sql of [
      'SELECT max(answered_at) AS m FROM pulse_answers',
      'SELECT max(answered_at) AS m FROM pulse_participation',
      'SELECT max(opens_at) AS m FROM pulses',
      'SELECT max(created_at) AS m FROM reflections',
      'SELECT max(next_step_done_at) AS m FROM reflections',
      'SELECT max(created_at) AS m FROM stories',
      'SELECT max(created_at) AS m FROM nominations',
      'SELECT max(decided_at) AS m FROM nominations',
      'SELECT max(scheduled_for) AS m FROM occurrences',
    ]) {
      expect(await max(sql), sql).not.toBeNull();
      expect(((await max(sql)) ?? '') < now, sql).toBe(true);
    }
    const unclosed = await rows(
      runtime,
      'SELECT count(*) AS n FROM pulses WHERE closed_at IS NULL AND closes_at <= ?',
      now,
    );
    expect(unclosed).toEqual([{ n: 0 }]);
    const statuses = await rows(runtime, 'SELECT DISTINCT status FROM nominations ORDER BY 1');
    expect(statuses).toEqual(
      ['accepted', 'awaiting_consent', 'declined', 'recognised'].map((status) => ({ status })),
    );
  });

  it('records the posts as occurrences, so the scheduler finds nothing missed', async () => {
    const { runtime, summary } = await demo({ months: 2 });
    for (const schedule of runtime.settings.schedules) {
      await runtime.store.schedule.setWatermark(schedule.id, summary.from);
    }
    const report = await createScheduler(runtime.core, silentLogger).tick(DEMO_NOW);
    expect(report).toMatchObject({ fired: 0, missed: 0, skipped: 0 });
    expect((await runtime.store.outbox.counts()).pending).toBe(0);
  });

  it('adds nothing twice when run again with the same seed', async () => {
    const { runtime, summary } = await demo({ months: 2 });
    const person = (await runtime.store.people.list('local')).find((p) => p.key.includes('.'));
    if (!person) throw new Error('no generated person');
    await runtime.store.people.setLocale(person.key, 'nn');
    await runtime.store.people.setPaused(person.key, true);
    const before = await aggregateFingerprint(runtime);
    const again = await generateDemoData(runtime, { members: 60, months: 2, seed: 1 });
    expect(again.people).toMatchObject({ total: 60, added: 0 });
    expect(again.occurrences).toEqual({
      posted: 0,
      skipped: 0,
      alreadyThere: summary.occurrences.posted + summary.occurrences.skipped,
    });
    expect(again).toMatchObject({ pulses: 0, answers: 0, stories: 0, nominations: 0, reflections: 0 });
    expect(await aggregateFingerprint(runtime)).toEqual(before);
    // Upserted, not replaced: what the person chose is kept.
    expect(await runtime.store.people.get(person.key)).toMatchObject({ locale: 'nn', paused: true });
  });
});
