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
function demo(options: Parameters<typeof runDemo>[0] = {}) {
  const run = runDemo(options);
  opened.push(run);
  return run;
}
afterEach(() => {
  for (const run of opened.splice(0)) run.close();
});

const lastMonth = shiftMonth(localMonth(DEMO_NOW, 'Europe/Oslo'), -1);

describe('demo-data generator', () => {
  it('gives identical aggregates for the same seed', () => {
    const a = demo({ seed: 7, months: 3 });
    const b = demo({ seed: 7, months: 3 });
    expect(aggregateFingerprint(b.runtime)).toEqual(aggregateFingerprint(a.runtime));
    const digest = (run: typeof a) => digestFigures(run.runtime.core.digests.forMonth(lastMonth));
    expect(digest(b)).toEqual(digest(a));
    expect(a.summary.answers).toBeGreaterThan(0);
  });

  it('gives different data for a different seed', () => {
    const a = demo({ seed: 7, months: 3 });
    const b = demo({ seed: 8, months: 3 });
    expect(aggregateFingerprint(b.runtime)).not.toEqual(aggregateFingerprint(a.runtime));
  });

  it('shows every dimension asked last month in the real digest of a 60-member run', () => {
    const { runtime, summary } = demo();
    expect(summary.people.total).toBe(60);
    expect(summary.pulses).toBeGreaterThanOrEqual(12);
    const digest = runtime.core.digests.forMonth(lastMonth);
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
    expect(runtime.core.digests.forMonth(shiftMonth(lastMonth, -4)).participation.pulses).toBeGreaterThan(0);
  });

  it('answers the pulses as 45–80 % of the members', () => {
    const { runtime } = demo();
    const perPulse = rows<{ n: number }>(
      runtime,
      'SELECT pulse_id, count(*) AS n FROM pulse_participation GROUP BY pulse_id',
    );
    expect(perPulse.length).toBeGreaterThan(10);
    const mean = perPulse.reduce((sum, r) => sum + r.n, 0) / perPulse.length / 60;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.8);
  });

  it('makes people in a good climate disagree with the konflikt statement', () => {
    const { runtime } = demo({ members: 200 });
    const values = rows<{ value: number; n: number }>(
      runtime,
      "SELECT value, count(*) AS n FROM pulse_answers WHERE question_id LIKE 'pulse-konflikt-%' GROUP BY value",
    );
    const total = values.reduce((sum, r) => sum + r.n, 0);
    const disagree = values.filter((r) => r.value <= 2).reduce((sum, r) => sum + r.n, 0);
    const agree = values.filter((r) => r.value >= 4).reduce((sum, r) => sum + r.n, 0);
    expect(total).toBeGreaterThan(50);
    expect(disagree / total).toBeGreaterThan(0.5);
    expect(agree).toBeLessThan(disagree / 3);
    const digest = runtime.core.digests.forMonth(lastMonth);
    const konflikt = digest.dimensions.find((d) => d.id === 'konflikt');
    if (konflikt?.result.shown) expect(konflikt.result.value.mean).toBeGreaterThan(3.5);
  });

  it('stores answers without any user id, one unlinkable pseudonym per person and pulse', () => {
    const { runtime } = demo();
    const columns = rows<{ name: string }>(
      runtime,
      runtime.database.dialect === 'sqlite'
        ? 'PRAGMA table_info(pulse_answers)'
        : "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'pulse_answers'",
    ).map((c) => c.name);
    expect(columns).toContain('pseudonym');
    expect(columns.some((name) => /user|person|author|key/i.test(name))).toBe(false);
    const answers = rows(runtime, 'SELECT * FROM pulse_answers');
    const people = runtime.store.people.list();
    const ids = new Set(people.flatMap((p) => [p.key, p.userId, p.displayName, p.email]));
    for (const answer of answers) {
      for (const value of Object.values(answer)) expect(ids.has(value as string)).toBe(false);
    }
    const perPulse = rows<{ pseudonyms: number; participants: number }>(
      runtime,
      `SELECT a.pulse_id, count(DISTINCT a.pseudonym) AS pseudonyms,
        (SELECT count(*) FROM pulse_participation x WHERE x.pulse_id = a.pulse_id) AS participants
        FROM pulse_answers a GROUP BY a.pulse_id`,
    );
    expect(perPulse.length).toBeGreaterThan(10);
    for (const row of perPulse) expect(row.pseudonyms).toBe(row.participants);
    const linked = rows(
      runtime,
      'SELECT pseudonym FROM pulse_answers GROUP BY pseudonym HAVING count(DISTINCT pulse_id) > 1',
    );
    expect(linked).toEqual([]);
    // As with real votes, an answer carries the pulse's opening time, not the participation time.
    const timed = rows(
      runtime,
      'SELECT count(*) AS n FROM pulse_answers a JOIN pulses p ON p.id = a.pulse_id WHERE a.answered_at <> p.opens_at',
    );
    expect(timed).toEqual([{ n: 0 }]);
  });

  it('dates everything before the runtime clock and closes the pulses that are over', () => {
    const { runtime } = demo();
    const now = DEMO_NOW.toISOString();
    const max = (sql: string) => rows<{ m: string | null }>(runtime, sql)[0]?.m ?? null;
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
      expect(max(sql), sql).not.toBeNull();
      expect((max(sql) ?? '') < now, sql).toBe(true);
    }
    const unclosed = rows(
      runtime,
      'SELECT count(*) AS n FROM pulses WHERE closed_at IS NULL AND closes_at <= ?',
      now,
    );
    expect(unclosed).toEqual([{ n: 0 }]);
    const statuses = rows(runtime, 'SELECT DISTINCT status FROM nominations ORDER BY 1');
    expect(statuses).toEqual(
      ['accepted', 'awaiting_consent', 'declined', 'recognised'].map((status) => ({ status })),
    );
  });

  it('records the posts as occurrences, so the scheduler finds nothing missed', () => {
    const { runtime, summary } = demo({ months: 2 });
    for (const schedule of runtime.settings.schedules) {
      runtime.store.schedule.setWatermark(schedule.id, summary.from);
    }
    const report = createScheduler(runtime.core, silentLogger).tick(DEMO_NOW);
    expect(report).toMatchObject({ fired: 0, missed: 0, skipped: 0 });
    expect(runtime.store.outbox.counts().pending).toBe(0);
  });

  it('adds nothing twice when run again with the same seed', () => {
    const { runtime, summary } = demo({ months: 2 });
    const person = runtime.store.people.list('local').find((p) => p.key.includes('.'));
    if (!person) throw new Error('no generated person');
    runtime.store.people.setLocale(person.key, 'nn');
    runtime.store.people.setPaused(person.key, true);
    const before = aggregateFingerprint(runtime);
    const again = generateDemoData(runtime, { members: 60, months: 2, seed: 1 });
    expect(again.people).toMatchObject({ total: 60, added: 0 });
    expect(again.occurrences).toEqual({
      posted: 0,
      skipped: 0,
      alreadyThere: summary.occurrences.posted + summary.occurrences.skipped,
    });
    expect(again).toMatchObject({ pulses: 0, answers: 0, stories: 0, nominations: 0, reflections: 0 });
    expect(aggregateFingerprint(runtime)).toEqual(before);
    // Upserted, not replaced: what the person chose is kept.
    expect(runtime.store.people.get(person.key)).toMatchObject({ locale: 'nn', paused: true });
  });
});
