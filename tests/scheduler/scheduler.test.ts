import { Cron } from 'croner';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/settings.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { DAY, HOUR, MINUTE, WEEK } from '../support/fake-clock.js';
import {
  buildSchedule,
  createTestCore,
  INNOVASJON,
  silentLogger,
  type TestCore,
} from '../support/test-core.js';

const LEDERE = { platform: 'local', kind: 'channel', id: 'innovasjonsledere' } as const;

type Row = Record<string, unknown>;

/**
 * The minutes in [from, until) at which one of the schedules' crons matches the Oslo wall clock, read
 * at either of Oslo's offsets (+01:00 winter, +02:00 summer: a time in the spring gap fires at the
 * winter reading, an hour after it), with the minute before and after each; and `from` itself, since a
 * first tick looks back only a minute. Computed here with croner, not with the scheduler's own code.
 */
function candidateMinutes(schedules: Schedule[], from: number, until: number): number[] {
  const minutes = new Set<number>([from]);
  for (const schedule of schedules) {
    for (const timezone of ['Etc/GMT-1', 'Etc/GMT-2']) {
      const cron = new Cron(schedule.cron, { timezone, paused: true });
      for (let at = cron.nextRun(new Date(from)); at && at.getTime() < until; at = cron.nextRun(at)) {
        for (const minute of [-MINUTE, 0, MINUTE]) minutes.add(at.getTime() + minute);
      }
    }
  }
  return [...minutes].filter((m) => m >= from && m < until).sort((a, b) => a - b);
}

describe('scheduler tick', () => {
  let t: TestCore;
  let schedules: Schedule[];
  afterEach(() => t.close());

  async function setup(list: Schedule[], start: string): Promise<ReturnType<typeof createScheduler>> {
    schedules = list;
    t = await createTestCore({ start, settings: { schedules } });
    return createScheduler(t.core, silentLogger);
  }

  /**
   * Ticks from the clock's time for `ms` at every minute a schedule can fire (and the minutes either
   * side), as the every-minute node-cron task would there. The minutes between change nothing: each
   * tick considers every time since the last one, so the posts are the same, at a fraction of the ticks.
   */
  async function tickAtCandidateMinutes(scheduler: ReturnType<typeof createScheduler>, ms: number) {
    const from = t.clock.now().getTime();
    const minutes = candidateMinutes(schedules, from, from + ms);
    for (const minute of minutes) {
      t.clock.set(new Date(minute));
      await scheduler.tick();
    }
  }

  const occurrences = async (status?: string): Promise<Row[]> =>
    (await t.rows<Row>('SELECT * FROM occurrences ORDER BY scheduled_for')).filter(
      (row) => status === undefined || row.status === status,
    );
  const outbox = async (): Promise<Row[]> => t.rows<Row>('SELECT * FROM deliveries ORDER BY id');
  const count = async (sql: string): Promise<number> =>
    Number((await t.rows<{ n: number | string }>(sql))[0]?.n);

  it('posts each occurrence of a week exactly once per target when ticking at every minute it can fire', async () => {
    // Week 11 of 2026: Monday 9 March to Sunday 15 March; the fortnightly pulse falls in this week.
    const scheduler = await setup(
      [
        buildSchedule({ id: 'weekly-reflection', targets: [INNOVASJON, LEDERE] }),
        buildSchedule({ id: 'pulse', kind: 'pulse', cron: '0 9 * * 3', everyWeeks: 2, statements: 4 }),
        buildSchedule({ id: 'daily-noon', cron: '0 12 * * *', targets: [INNOVASJON, LEDERE] }),
      ],
      '2026-03-08T23:00:00.000Z',
    );
    await tickAtCandidateMinutes(scheduler, WEEK);
    const posted = await occurrences('posted');
    expect(posted.map((row) => row.key)).toEqual([
      'weekly-reflection@2026-03-09T08:00:00.000Z',
      'daily-noon@2026-03-09T11:00:00.000Z',
      'daily-noon@2026-03-10T11:00:00.000Z',
      'pulse@2026-03-11T08:00:00.000Z',
      'daily-noon@2026-03-11T11:00:00.000Z',
      'daily-noon@2026-03-12T11:00:00.000Z',
      'daily-noon@2026-03-13T11:00:00.000Z',
      'daily-noon@2026-03-14T11:00:00.000Z',
      'daily-noon@2026-03-15T11:00:00.000Z',
    ]);
    expect(await occurrences()).toHaveLength(posted.length);
    const deliveries = (await outbox()).filter(
      (row) => !/^(reminder|closed|closed-shared|results):/.test(String(row.dedupe_key)),
    );
    // The closed pulse: its post updated, then (a day later) its results shared and the post updated again.
    expect(
      (await outbox())
        .map((row) => String(row.dedupe_key).split(':')[0])
        .filter((kind) => kind !== 'reminder' && !kind?.includes('@')),
    ).toEqual(['closed', 'results', 'closed-shared']);
    expect(deliveries).toHaveLength(2 + 1 + 7 * 2);
    const pairs = deliveries.map((row) => `${row.dedupe_key}|${row.target_id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    // The pulse opened once and was closed after its 48 hours.
    expect(await count('SELECT count(*) AS n FROM pulses WHERE closed_at IS NOT NULL')).toBe(1);
  });

  it('posts an occurrence missed by a 1-hour downtime once, inside the 120-minute grace', async () => {
    const scheduler = await setup([buildSchedule({ graceMinutes: 120 })], '2026-03-09T07:58:00.000Z');
    await scheduler.tick();
    t.clock.advance(MINUTE);
    await scheduler.tick(); // 08:59 Oslo; then the process is down for an hour
    t.clock.advance(HOUR);
    const report = await scheduler.tick();
    expect(report).toMatchObject({ fired: 1, missed: 0 });
    t.clock.advance(MINUTE);
    expect(await scheduler.tick()).toMatchObject({ fired: 0, missed: 0 });
    expect((await occurrences()).map((row) => [row.key, row.status])).toEqual([
      ['weekly-reflection@2026-03-09T08:00:00.000Z', 'posted'],
    ]);
    expect(await outbox()).toHaveLength(1);
  });

  it('records an occurrence missed by a 5-hour downtime as missed and queues nothing', async () => {
    const scheduler = await setup([buildSchedule({ graceMinutes: 120 })], '2026-03-09T07:58:00.000Z');
    await scheduler.tick();
    t.clock.advance(5 * HOUR);
    expect(await scheduler.tick()).toMatchObject({ fired: 0, missed: 1 });
    expect(await scheduler.tick()).toMatchObject({ fired: 0, missed: 0 });
    expect((await occurrences()).map((row) => [row.key, row.status, row.reason])).toEqual([
      ['weekly-reflection@2026-03-09T08:00:00.000Z', 'missed', 'outside_grace_window'],
    ]);
    expect(await outbox()).toHaveLength(0);
  });

  it('judges lateness by the time the tick is given, not by the wall clock', async () => {
    const scheduler = await setup([buildSchedule()], '2026-11-27T10:00:00.000Z');
    await scheduler.tick(new Date('2026-03-09T07:59:00.000Z'));
    expect(await scheduler.tick(new Date('2026-03-09T08:00:00.000Z'))).toMatchObject({ fired: 1, missed: 0 });
    expect(await outbox()).toHaveLength(1);
  });

  it('queues each target exactly once when two cores on the same file tick at the same time', async () => {
    const schedules = [
      buildSchedule({ cron: '0 9 * * 3', targets: [INNOVASJON, LEDERE] }),
      buildSchedule({ id: 'pulse', kind: 'pulse', cron: '0 9 * * 3', everyWeeks: 2, statements: 4 }),
    ];
    const first = await setup(schedules, '2026-03-11T07:00:00.000Z');
    const second = createScheduler(t.openCore(), silentLogger);
    for (let minute = 0; minute < 3 * 60; minute += 1) {
      // The worst interleaving: the second process read the watermarks before the first wrote them.
      const marks = await Promise.all(schedules.map((s) => t.store.schedule.watermark(s.id)));
      const a = await first.tick();
      for (const [i, s] of schedules.entries()) {
        const mark = marks[i];
        if (mark) await t.store.schedule.setWatermark(s.id, mark);
      }
      const b = await second.tick();
      expect(a.fired + b.fired).toBeLessThanOrEqual(2);
      t.clock.advance(MINUTE);
    }
    expect((await occurrences('posted')).map((row) => row.key).sort()).toEqual([
      'pulse@2026-03-11T08:00:00.000Z',
      'weekly-reflection@2026-03-11T08:00:00.000Z',
    ]);
    const channelPosts = (await outbox()).filter((row) => row.target_kind === 'channel');
    expect(channelPosts.map((row) => `${row.dedupe_key}|${row.target_id}`).sort()).toEqual([
      'pulse@2026-03-11T08:00:00.000Z|innovasjon',
      'weekly-reflection@2026-03-11T08:00:00.000Z|innovasjon',
      'weekly-reflection@2026-03-11T08:00:00.000Z|innovasjonsledere',
    ]);
    expect(await count('SELECT count(*) AS n FROM pulses')).toBe(1);
  });

  describe('daylight saving time (Europe/Oslo changes on 29 March and 25 October 2026)', () => {
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Oslo',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const postedLocal = async () =>
      (await occurrences('posted')).map((row) => local.format(new Date(String(row.scheduled_for))));

    it.each([
      ['spring', '2026-03-27T23:00:00.000Z', ['2026-03-28 09:00', '2026-03-29 09:00', '2026-03-30 09:00']],
      ['autumn', '2026-10-23T22:00:00.000Z', ['2026-10-24 09:00', '2026-10-25 09:00', '2026-10-26 09:00']],
    ])('fires a 09:00 schedule once a day around the %s change', async (_name, start, expected) => {
      const scheduler = await setup([buildSchedule({ id: 'daily', cron: '0 9 * * *' })], start);
      await tickAtCandidateMinutes(scheduler, 3 * DAY);
      expect(await postedLocal()).toEqual(expected);
    });

    it('fires 02:30 once on 29 March, when 02:30 does not exist: at 03:30, after the gap', async () => {
      const scheduler = await setup(
        [buildSchedule({ id: 'night', cron: '30 2 * * *' })],
        '2026-03-27T23:00:00.000Z',
      );
      await tickAtCandidateMinutes(scheduler, 3 * DAY);
      expect(await postedLocal()).toEqual(['2026-03-28 02:30', '2026-03-29 03:30', '2026-03-30 02:30']);
    });

    it('fires 02:30 once on 25 October, when 02:30 happens twice: the first time', async () => {
      const scheduler = await setup(
        [buildSchedule({ id: 'night', cron: '30 2 * * *' })],
        '2026-10-23T22:00:00.000Z',
      );
      await tickAtCandidateMinutes(scheduler, 3 * DAY);
      expect((await occurrences('posted')).map((row) => row.scheduled_for)).toEqual([
        '2026-10-24T00:30:00.000Z',
        '2026-10-25T00:30:00.000Z',
        '2026-10-26T01:30:00.000Z',
      ]);
    });

    it('fires every wall-clock time of a stepped schedule once on both change days', async () => {
      const scheduler = await setup(
        [buildSchedule({ id: 'steps', cron: '*/30 2 * * *' })],
        '2026-03-28T22:00:00.000Z',
      );
      await tickAtCandidateMinutes(scheduler, DAY);
      expect(await postedLocal()).toEqual(['2026-03-29 03:00', '2026-03-29 03:30']);
      await t.close();
      const autumn = await setup(
        [buildSchedule({ id: 'steps', cron: '*/30 2 * * *' })],
        '2026-10-24T21:00:00.000Z',
      );
      await tickAtCandidateMinutes(autumn, DAY);
      expect((await occurrences('posted')).map((row) => row.scheduled_for)).toEqual([
        '2026-10-25T00:00:00.000Z',
        '2026-10-25T00:30:00.000Z',
      ]);
    });
  });
});
