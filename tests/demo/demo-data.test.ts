import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_SCHEMA_VERSION } from '../../src/core/digest/digest.js';
import { localMonth, shiftMonth } from '../../src/core/time.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { silentLogger } from '../../src/logger.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { aggregateFingerprint, DEMO_NOW, type DemoRuntime, runDemo } from './demo-runtime.js';

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
    expect(b.runtime.core.digests.forMonth(lastMonth)).toEqual(a.runtime.core.digests.forMonth(lastMonth));
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
    expect(rate.shown && rate.value).toBeGreaterThan(0.35);
    expect(rate.shown && rate.value).toBeLessThan(0.85);
    expect(digest.stories.length + digest.nominations.length).toBeGreaterThan(0);
    // Earlier months have data too.
    expect(runtime.core.digests.forMonth(shiftMonth(lastMonth, -4)).participation.pulses).toBeGreaterThan(0);
  });

  it('answers the pulses as 45–80 % of the members', () => {
    const { runtime } = demo();
    const rows = runtime.db
      .prepare('SELECT pulse_id, count(*) AS n FROM pulse_participation GROUP BY pulse_id')
      .all() as { n: number }[];
    expect(rows.length).toBeGreaterThan(10);
    const mean = rows.reduce((sum, r) => sum + r.n, 0) / rows.length / 60;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.8);
  });

  it('makes people in a good climate disagree with the konflikt statement', () => {
    const { runtime } = demo({ members: 200 });
    const rows = runtime.db
      .prepare(
        "SELECT value, count(*) AS n FROM pulse_answers WHERE question_id LIKE 'pulse-konflikt-%' GROUP BY value",
      )
      .all() as { value: number; n: number }[];
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const disagree = rows.filter((r) => r.value <= 2).reduce((sum, r) => sum + r.n, 0);
    const agree = rows.filter((r) => r.value >= 4).reduce((sum, r) => sum + r.n, 0);
    expect(total).toBeGreaterThan(50);
    expect(disagree / total).toBeGreaterThan(0.5);
    expect(agree).toBeLessThan(disagree / 3);
    const digest = runtime.core.digests.forMonth(lastMonth);
    const konflikt = digest.dimensions.find((d) => d.id === 'konflikt');
    if (konflikt?.result.shown) expect(konflikt.result.value.mean).toBeGreaterThan(3.5);
  });

  it('stores answers without any user id, one unlinkable pseudonym per person and pulse', () => {
    const { runtime } = demo();
    const columns = (runtime.db.prepare('PRAGMA table_info(pulse_answers)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.some((name) => /user|person|author|key/i.test(name))).toBe(false);
    const answers = runtime.db.prepare('SELECT * FROM pulse_answers').all() as Record<string, unknown>[];
    const people = runtime.store.people.list();
    const ids = new Set(people.flatMap((p) => [p.key, p.userId, p.displayName, p.email]));
    for (const answer of answers) {
      for (const value of Object.values(answer)) expect(ids.has(value as string)).toBe(false);
    }
    const perPulse = runtime.db
      .prepare(`SELECT a.pulse_id, count(DISTINCT a.pseudonym) AS pseudonyms,
        (SELECT count(*) FROM pulse_participation x WHERE x.pulse_id = a.pulse_id) AS participants
        FROM pulse_answers a GROUP BY a.pulse_id`)
      .all() as { pseudonyms: number; participants: number }[];
    for (const row of perPulse) expect(row.pseudonyms).toBe(row.participants);
    const linked = runtime.db
      .prepare('SELECT pseudonym FROM pulse_answers GROUP BY pseudonym HAVING count(DISTINCT pulse_id) > 1')
      .all();
    expect(linked).toEqual([]);
    // As with real votes, an answer carries the pulse's opening time, not the participation time.
    const timed = runtime.db
      .prepare(
        'SELECT count(*) AS n FROM pulse_answers a JOIN pulses p ON p.id = a.pulse_id WHERE a.answered_at <> p.opens_at',
      )
      .get() as { n: number };
    expect(timed.n).toBe(0);
  });

  it('dates everything before the runtime clock and closes the pulses that are over', () => {
    const { runtime } = demo();
    const now = DEMO_NOW.toISOString();
    const max = (sql: string) => (runtime.db.prepare(sql).get() as { m: string | null }).m;
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
    const unclosed = runtime.db
      .prepare('SELECT count(*) AS n FROM pulses WHERE closed_at IS NULL AND closes_at <= ?')
      .get(now) as { n: number };
    expect(unclosed.n).toBe(0);
    const statuses = runtime.db.prepare('SELECT DISTINCT status FROM nominations ORDER BY 1').all();
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
