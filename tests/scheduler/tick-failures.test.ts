import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings.js';
import type { TickReport } from '../../src/scheduler/scheduler.js';
import { HOUR, type LocalApp, startLocalApp } from '../local/local-app.js';

const MINUTE = 60_000;
const daily = (id: string, extra: string[] = []) => [
  `  - id: ${id}`,
  '    kind: reflection',
  '    cron: "0 9 * * *"',
  '    targets: ["local:channel:innovasjon"]',
  ...extra,
];
const YAML = [
  'organisation: Testkommune',
  'schedules:',
  ...daily('weekly-reflection'),
  ...daily('storage-error'),
  ...daily('broken-cron'),
  '  - id: fortnightly-pulse',
  '    kind: pulse',
  '    cron: "0 9 * * 3"',
  '    openHours: 2',
  '    targets: ["local:channel:innovasjon"]',
].join('\n');

/** A valid cron in the file, broken after validation: the way a bad cron reached the scheduler before. */
const breakCron = (settings: Settings): Settings => ({
  ...settings,
  schedules: settings.schedules.map((s) => (s.id === 'broken-cron' ? { ...s, cron: '0 25 * * *' } : s)),
});

describe('a scheduler tick with a failing schedule', () => {
  let local: LocalApp;
  let db: Database.Database;
  afterEach(async () => {
    db.close();
    await local.stop();
  });

  async function start(startAt: string): Promise<void> {
    local = await startLocalApp({ yaml: YAML, start: startAt, adjust: breakCron });
    db = new Database(local.app.runtime.config.env.dbPath);
  }
  const tick = (): TickReport => local.app.scheduler.tick();
  const metrics = async () => (await fetch(`${local.base}/metrics`)).text();
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const posted = (id: string) =>
    count(`SELECT count(*) AS n FROM occurrences WHERE schedule_id = '${id}' AND status = 'posted'`);

  it('logs and counts the failing schedules; posts, pulse closing, reminders and retention still run', async () => {
    // Monday 10 March 2025, 07:00 in Oslo.
    await start('2025-03-10T06:00:00.000Z');
    const closing = await local.firePulse();
    // A storage error for one schedule only; its message quotes a person, as a real one could.
    db.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON occurrences WHEN NEW.schedule_id = 'storage-error'
      BEGIN SELECT RAISE(ABORT, 'disk full while writing for Kari Nordmann'); END`);

    const first = tick();
    expect(first.failed).toEqual(['broken-cron']);
    expect(first.retention).toBeDefined();

    local.clock.advance(HOUR);
    await local.fire('fortnightly-pulse');
    local.clock.advance(HOUR + MINUTE); // 09:01: the daily schedules are due
    const second = tick();
    expect(second.failed).toEqual(['storage-error', 'broken-cron']);
    expect(second.fired).toBe(1);
    expect(posted('weekly-reflection')).toBe(1);
    expect(second.closedPulses).toBe(1);
    expect(local.app.runtime.core.pulses.get(closing.id)?.closedAt).not.toBeNull();
    expect(second.remindersQueued).toBeGreaterThan(0);

    const text = await metrics();
    expect(text).toContain('# TYPE kulturpuls_schedule_failures_total counter');
    expect(text).toContain('kulturpuls_schedule_failures_total{schedule="broken-cron"} 2\n');
    expect(text).toContain('kulturpuls_schedule_failures_total{schedule="storage-error"} 1\n');
    expect(text).not.toContain('schedule="weekly-reflection"');
    expect(text).toContain('kulturpuls_scheduler_job_failures_total{job="close_pulses"} 0\n');

    // The log names the schedule and the kind of error, never what the error quoted.
    expect(local.errors).toHaveLength(3);
    expect(local.errors.filter((line) => line.includes('"schedule":"broken-cron"'))).toHaveLength(2);
    const storage = local.errors.find((line) => line.includes('"schedule":"storage-error"')) ?? '';
    expect(storage).toContain('"code":"SQLITE_CONSTRAINT_TRIGGER"');
    expect(storage).toContain('"occurrence":"2025-03-10T08:00:00.000Z"');
    expect(local.errors.join('\n')).not.toContain('Kari');
    local.errors.length = 0;

    // Fixed, the failed time is posted on the next tick, inside its grace window; the others not twice.
    db.exec('DROP TRIGGER fail_one');
    local.clock.advance(MINUTE);
    const third = tick();
    expect(third.failed).toEqual(['broken-cron']);
    expect(third.fired).toBe(1);
    expect(posted('storage-error')).toBe(1);
    expect(posted('weekly-reflection')).toBe(1);
    expect(await metrics()).toContain('kulturpuls_schedule_failures_total{schedule="storage-error"} 1\n');

    // The admin view's list of next posts shows the broken schedule without times, and the others.
    const upcoming = local.app.scheduler.upcoming(1);
    expect(upcoming.find((u) => u.schedule.id === 'broken-cron')?.next).toEqual([]);
    expect(upcoming.find((u) => u.schedule.id === 'weekly-reflection')?.next).toEqual([
      new Date('2025-03-11T08:00:00.000Z'),
    ]);
  });

  it('runs reminders, retention and the schedules when closing pulses fails', async () => {
    // Monday 10 March 2025: one pulse opened at 06:00 (closes 08:00), one at 07:30 (half-way at 08:30).
    await start('2025-03-10T05:00:00.000Z');
    await local.firePulse();
    local.clock.advance(HOUR + 30 * MINUTE);
    await local.fire('fortnightly-pulse');
    local.clock.advance(HOUR + 30 * MINUTE); // 09:00 in Oslo
    db.exec(`CREATE TRIGGER no_close BEFORE UPDATE OF closed_at ON pulses
      BEGIN SELECT RAISE(ABORT, 'pulses are read-only'); END`);

    const report = tick();
    expect(report.closedPulses).toBe(0);
    expect(report.remindersQueued).toBeGreaterThan(0);
    expect(report.retention).toBeDefined();
    expect(report.fired).toBe(2);
    expect(report.failed).toEqual(['broken-cron']);
    expect(count('SELECT count(*) AS n FROM pulses WHERE closed_at IS NOT NULL')).toBe(0);
    const text = await metrics();
    expect(text).toContain('kulturpuls_scheduler_job_failures_total{job="close_pulses"} 1\n');
    expect(text).toContain('kulturpuls_scheduler_job_failures_total{job="reminders"} 0\n');
    expect(local.errors.some((line) => line.includes('"job":"close_pulses"'))).toBe(true);
  });
});
