import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings.js';
import type { TickReport } from '../../src/scheduler/scheduler.js';
import { HOUR, type LocalApp, startLocalApp } from '../local/local-app.js';
import { appCount, appRows } from '../support/app-database.js';

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
  afterEach(async () => {
    await local.stop();
  });

  async function start(startAt: string): Promise<void> {
    local = await startLocalApp({ yaml: YAML, start: startAt, adjust: breakCron });
  }
  const tick = async (): Promise<TickReport> => local.app.scheduler.tick();
  const metrics = async () => (await fetch(`${local.base}/metrics`)).text();
  const posted = (id: string) =>
    appCount(local.app.runtime, 'occurrences', `schedule_id = '${id}' AND status = 'posted'`);
  /** A trigger that aborts the write with `message` (PostgreSQL needs a function for it). */
  async function addFailingTrigger(
    name: string,
    event: string,
    table: string,
    when: string,
    message: string,
  ) {
    const { runtime } = local.app;
    if (runtime.database.dialect === 'sqlite') {
      runtime.database.db.exec(`CREATE TRIGGER ${name} BEFORE ${event} ON ${table} WHEN ${when}
        BEGIN SELECT RAISE(ABORT, '${message}'); END`);
      return;
    }
    await appRows(
      runtime,
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF ${when} THEN RAISE EXCEPTION '${message}'; END IF; RETURN NEW; END $$`,
    );
    await appRows(
      runtime,
      `CREATE TRIGGER ${name} BEFORE ${event} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
  }
  async function dropTrigger(name: string, table: string) {
    const { runtime } = local.app;
    if (runtime.database.dialect === 'sqlite') runtime.database.db.exec(`DROP TRIGGER ${name}`);
    else await appRows(runtime, `DROP TRIGGER ${name} ON ${table}`);
  }

  it('logs and counts the failing schedules; posts, pulse closing, reminders and retention still run', async () => {
    // Monday 10 March 2025, 07:00 in Oslo.
    await start('2025-03-10T06:00:00.000Z');
    const closing = await local.firePulse();
    // A storage error for one schedule only; its message quotes a person, as a real one could.
    const failOne = ['fail_one', 'INSERT', 'occurrences', "NEW.schedule_id = 'storage-error'"] as const;
    await addFailingTrigger(...failOne, 'disk full while writing for Kari Nordmann');

    const first = await tick();
    expect(first.failed).toEqual(['broken-cron']);
    expect(first.retention).toBeDefined();

    local.clock.advance(HOUR);
    await local.fire('fortnightly-pulse');
    local.clock.advance(HOUR + MINUTE); // 09:01: the daily schedules are due
    const second = await tick();
    expect(second.failed).toEqual(['storage-error', 'broken-cron']);
    expect(second.fired).toBe(1);
    expect(await posted('weekly-reflection')).toBe(1);
    expect(second.closedPulses).toBe(1);
    expect((await local.app.runtime.core.pulses.get(closing.id))?.closedAt).not.toBeNull();
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
    // SQLite's code for an aborting trigger, or PostgreSQL's SQLSTATE for RAISE EXCEPTION.
    const code = local.app.runtime.database.dialect === 'sqlite' ? 'SQLITE_CONSTRAINT_TRIGGER' : 'P0001';
    expect(storage).toContain(`"code":"${code}"`);
    expect(storage).toContain('"occurrence":"2025-03-10T08:00:00.000Z"');
    expect(local.errors.join('\n')).not.toContain('Kari');
    local.errors.length = 0;

    // Fixed, the failed time is posted on the next tick, inside its grace window; the others not twice.
    await dropTrigger('fail_one', 'occurrences');
    local.clock.advance(MINUTE);
    const third = await tick();
    expect(third.failed).toEqual(['broken-cron']);
    expect(third.fired).toBe(1);
    expect(await posted('storage-error')).toBe(1);
    expect(await posted('weekly-reflection')).toBe(1);
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
    await addFailingTrigger('no_close', 'UPDATE OF closed_at', 'pulses', 'true', 'pulses are read-only');

    const report = await tick();
    expect(report.closedPulses).toBe(0);
    expect(report.remindersQueued).toBeGreaterThan(0);
    expect(report.retention).toBeDefined();
    expect(report.fired).toBe(2);
    expect(report.failed).toEqual(['broken-cron']);
    expect(await appCount(local.app.runtime, 'pulses', 'closed_at IS NOT NULL')).toBe(0);
    const text = await metrics();
    expect(text).toContain('kulturpuls_scheduler_job_failures_total{job="close_pulses"} 1\n');
    expect(text).toContain('kulturpuls_scheduler_job_failures_total{job="reminders"} 0\n');
    expect(local.errors.some((line) => line.includes('"job":"close_pulses"'))).toBe(true);
  });
});
