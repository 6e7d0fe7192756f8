import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCount } from '../support/app-database.js';
import { onPostgres, rowCounts } from '../support/database.js';
import { useCli } from './cli-harness.js';

const cli = useCli();

describe('kulturpuls CLI: setup commands', () => {
  // Lists SQLite's tables; on PostgreSQL, tests/storage/postgres-store.test.ts migrates from the CLI.
  it.skipIf(onPostgres)('migrate creates and migrates the database', async () => {
    const h = await cli();
    const result = await h.run(['migrate']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Created the database tables \(\d+ migrations applied\)\./);
    expect(result.out).toContain(`Database: SQLite ${h.dbPath}`);
    expect(Object.keys(rowCounts(h.db()))).toEqual(
      expect.arrayContaining(['people', 'pulses', 'pulse_answers', 'occurrences', 'deliveries']),
    );
    expect((await h.run(['migrate'])).code).toBe(0);
  });

  it('config check accepts a good file', async () => {
    const h = await cli();
    const file = h.write(
      'good.yaml',
      [
        'organisation: Testvik kommune',
        'schedules:',
        '  - id: weekly-reflection',
        '    kind: reflection',
        '    cron: "0 9 * * 1"',
        '    targets: ["local:channel:innovasjon"]',
      ].join('\n'),
    );
    const result = await h.run(['config', 'check', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Config OK: ${file}`);
    expect(result.out).toContain('weekly-reflection (reflection, 0 9 * * 1)');
  });

  it('config check prints every problem with its path and exits 1', async () => {
    const h = await cli();
    const file = h.write(
      'broken.yaml',
      [
        'privacy:',
        '  minGroupSize: 2',
        'schedules:',
        '  - id: weekly',
        '    kind: weekly',
        '    cron: "0 9 * * 1"',
      ].join('\n'),
    );
    const result = await h.run(['config', 'check', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/2 problem\(s\) found/);
    expect(result.err).toMatch(/privacy\.minGroupSize \(line 2\) — .*at least 3/);
    expect(result.err).toMatch(/schedules\[0\]\.kind \(line 5\) — /);
    expect(result.out).toBe('');
  });

  it('config check warns about a schedule that posts fewer than 4 times a year, and still exits 0', async () => {
    const h = await cli();
    const schedule = (id: string, cron: string, extra: string[] = []) => [
      `  - id: ${id}`,
      '    kind: reflection',
      `    cron: "${cron}"`,
      ...extra,
      '    targets: ["local:channel:innovasjon"]',
    ];
    const file = h.write(
      'rare.yaml',
      [
        'organisation: Testvik kommune',
        'schedules:',
        ...schedule('monday-23rd', '0 9 * * 1', ['    workingDayOfMonth: 23']),
        // New Year's Day is a public holiday, and holidays are skipped: it never posts.
        ...schedule('new-year', '0 9 1 1 *'),
        ...schedule('weekly', '0 9 * * 1'),
        ...schedule('first-working-day', '0 9 * * 1-5', ['    workingDayOfMonth: 1']),
      ].join('\n'),
    );
    const result = await h.run(['config', 'check', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Config OK: ${file}`);
    const warnings = result.err.split('\n').filter((line) => line.startsWith('Warning:'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^Warning: schedule "monday-23rd" \(cron "0 9 \* \* 1", workingDayOfMonth: 23\) posts [0-3] time\(s\) in the next 12 months, fewer than 4/,
    );
    expect(warnings[1]).toMatch(/^Warning: schedule "new-year" \(cron "0 9 1 1 \*"\) posts 0 time\(s\)/);
  });

  it('config check reports a missing file', async () => {
    const h = await cli();
    const result = await h.run(['config', 'check', join(h.dir, 'nowhere.yaml')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('config file not found');
  });

  it('a command that needs the database refuses a broken config with exit 1', async () => {
    const h = await cli();
    h.write('kulturpuls.yaml', 'privacy:\n  minGroupSize: 1\n');
    const result = await h.run(['migrate']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('privacy.minGroupSize');
    expect(existsSync(h.dbPath)).toBe(false);
  });

  it('an unknown command exits 2 with the usage', async () => {
    const h = await cli();
    const result = await h.run(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "frobnicate"');
    expect(result.err).toContain('Usage:');
    expect(result.err).toContain('kulturpuls demo-data [--members N] [--months M] [--seed S]');
  });

  it('help prints the usage', async () => {
    const result = await (await cli()).run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('kulturpuls backup FILE');
  });
});

describe('kulturpuls post SCHEDULE_ID --now', () => {
  it('queues one message per target, and a second post is another occurrence', async () => {
    const h = await cli();
    const first = await h.run(['post', 'weekly-reflection', '--now']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^weekly-reflection@\S+: posted, 1 message\(s\) queued/);
    const second = await h.run(['post', 'weekly-reflection', '--now']);
    expect(second.out).toMatch(/: posted, 1 message\(s\) queued/);
    const keyOf = (text: string) => /^(\S+): /.exec(text)?.[1];
    expect(keyOf(second.out)).toMatch(/^weekly-reflection@/);
    expect(keyOf(second.out)).not.toBe(keyOf(first.out));

    const occurrences = await h.query(
      "SELECT key, status, reason FROM occurrences WHERE schedule_id = 'weekly-reflection'",
    );
    expect(occurrences).toHaveLength(2);
    expect(occurrences).toEqual([
      expect.objectContaining({ status: 'posted', reason: 'manual' }),
      expect.objectContaining({ status: 'posted', reason: 'manual' }),
    ]);
    const deliveries = await h.query<{ dedupe_key: string }>('SELECT dedupe_key FROM deliveries');
    expect(new Set(deliveries.map((d) => d.dedupe_key)).size).toBe(2);
    expect(deliveries).toHaveLength(2);
  });

  it('never doubles a post for the same time', async () => {
    const h = await cli();
    const at = new Date('2025-03-17T08:00:00Z');
    const runtime = await h.runtime({ now: () => at });
    const schedule = runtime.settings.schedules.find((s) => s.id === 'weekly-reflection');
    if (!schedule) throw new Error('default schedule missing');
    expect(await runtime.core.occurrences.fire(schedule, at, { force: true })).toMatchObject({
      status: 'posted',
      queued: 1,
    });
    expect(await runtime.core.occurrences.fire(schedule, at, { force: true })).toMatchObject({
      status: 'duplicate',
      queued: 0,
    });
    expect([await appCount(runtime, 'occurrences'), await appCount(runtime, 'deliveries')]).toEqual([1, 1]);
  });

  it('rejects an unknown schedule and a post without --now', async () => {
    const h = await cli();
    const unknown = await h.run(['post', 'weekly', '--now']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No schedule "weekly". Known: weekly-reflection');
    const withoutNow = await h.run(['post', 'weekly-reflection']);
    expect(withoutNow.code).toBe(2);
    expect(withoutNow.err).toContain('usage: kulturpuls post SCHEDULE_ID --now');
  });
});
