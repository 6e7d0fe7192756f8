import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGEST_SCHEMA_VERSION } from '../../src/core/digest/digest.js';
import { localMonth } from '../../src/core/time.js';
import { onPostgres, rowCounts } from '../support/database.js';
import { useCli } from './cli-harness.js';

const cli = useCli();
const SMALL = ['demo-data', '--members', '40', '--months', '2', '--seed', '3'];

describe('kulturpuls demo-data', () => {
  // Counts SQLite's tables; tests/cli/demo-data-stores.test.ts checks the same on both stores.
  it.skipIf(onPostgres)('prints a summary and fills the database', async () => {
    const h = await cli();
    const result = await h.run(SMALL);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/people\s+40 \(40 new, \d+ manager\(s\)\)/);
    expect(result.out).toMatch(/pulses\s+[1-9]\d*/);
    expect(result.out).toMatch(/answers\s+[1-9][\d,]* from [\d,]+ pulse participations/);
    expect(result.out).toMatch(/stories\s+[1-9]/);
    expect(result.out).toMatch(/nominations\s+[1-9]/);
    expect(result.out).toMatch(/time taken\s+\d+\.\d s/);
    const counts = rowCounts(h.db());
    expect(counts.pulse_answers).toBeGreaterThan(100);
    // Generated posts are history, not something to deliver now: each pulse's post is recorded as
    // delivered (with its channel's audience, the response rate's denominator), nothing waits.
    const waiting = h.db().prepare("SELECT count(*) AS n FROM deliveries WHERE status <> 'sent'").get();
    expect(waiting).toEqual({ n: 0 });
    const pulses = Number(/pulses\s+(\d+)/.exec(result.out)?.[1]);
    expect(counts.deliveries).toBe(pulses);
  });

  it.skipIf(onPostgres)('a second run with the same seed doubles nothing', async () => {
    const h = await cli();
    await h.run(SMALL);
    const before = rowCounts(h.db());
    const again = await h.run(SMALL);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/people\s+40 \(0 new/);
    expect(again.out).toMatch(/posts\s+0 new, 0 skipped .*, [1-9]\d* already in the database/);
    expect(again.out).toContain('nothing was doubled');
    expect(rowCounts(h.db())).toEqual(before);
  });

  it.each([
    [['--members', '0'], '--members must be a whole number from 1 to 50000 (got "0")'],
    [['--members', 'many'], '--members must be a whole number'],
    [['--members', '100001'], '--members must be a whole number from 1 to 50000'],
    [['--months', '25'], '--months must be a whole number from 1 to 24'],
    [['--months', '1.5'], '--months must be a whole number'],
    [['--seed', '4294967296'], '--seed must be a whole number from 0 to 4294967295'],
    [['--bogus', '1'], "Unknown option '--bogus'"],
  ])('rejects %j with exit 2 and touches no database', async (args, message) => {
    const h = await cli();
    const result = await h.run(['demo-data', ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Usage:');
    expect(existsSync(h.dbPath)).toBe(false);
  });
});

describe('kulturpuls digest after demo-data', () => {
  /** The month of the last closed pulse (not simply last month: July can have none, fellesferie). */
  async function monthWithPulses(h: Awaited<ReturnType<typeof cli>>): Promise<string> {
    const [row] = await h.query<{ closes_at: string }>(
      'SELECT closes_at FROM pulses WHERE closed_at IS NOT NULL ORDER BY closes_at DESC LIMIT 1',
    );
    return localMonth(new Date(row?.closes_at as string), 'Europe/Oslo');
  }

  it('writes the JSON digest', async () => {
    const h = await cli();
    await h.run(SMALL);
    const month = await monthWithPulses(h);
    const result = await h.run(['digest', '--month', month, '--format', 'json']);
    expect(result.code).toBe(0);
    const digest = JSON.parse(result.out);
    expect(digest.version).toBe(DIGEST_SCHEMA_VERSION);
    expect(digest.month).toBe(month);
    expect(digest.organisation).toBe('Testvik kommune');
    expect(digest.participation.pulses).toBeGreaterThan(0);
  });

  it('writes the Markdown digest, to stdout or a file', async () => {
    const h = await cli();
    await h.run(SMALL);
    const month = await monthWithPulses(h);
    const result = await h.run(['digest', '--month', month, '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^# .+/);
    expect(result.out.match(/^## .+$/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    const file = join(h.dir, 'digest.md');
    const written = await h.run(['digest', '--month', month, '--out', file]);
    expect(written.out).toContain(`Wrote ${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it('rejects a malformed month with exit 2', async () => {
    const result = await (await cli()).run(['digest', '--month', '2025-13']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: kulturpuls digest --month YYYY-MM');
  });
});

describe('kulturpuls export / forget', () => {
  it('exports a story author’s stories, and forget removes them', async () => {
    const h = await cli();
    await h.run(SMALL);
    const [story] = await h.query<{ author_key: string }>(
      'SELECT author_key FROM stories ORDER BY id LIMIT 1',
    );
    const author = String(h.sealer.personOf('stories.author', story?.author_key as string));
    const answers = async () =>
      Number((await h.query<{ n: number | string }>('SELECT count(*) AS n FROM pulse_answers'))[0]?.n);
    const answersBefore = await answers();
    expect(author).toMatch(/^local:[a-z0-9.]+$/);

    const before = await h.run(['export', '--user', author]);
    expect(before.code).toBe(0);
    const exported = JSON.parse(before.out);
    expect(exported.person.key).toBe(author);
    expect(exported.stories.length).toBeGreaterThan(0);
    expect(exported.stories.every((s: { authorKey: string }) => s.authorKey === author)).toBe(true);

    const forget = await h.run(['forget', '--user', author]);
    expect(forget.code).toBe(0);
    expect(forget.out).toMatch(
      new RegExp(`Erased ${author.replaceAll('.', '\\.')}: \\d+ row\\(s\\) removed`),
    );

    const after = JSON.parse((await h.run(['export', '--user', author])).out);
    expect(after.person).toBeNull();
    expect(after.stories).toEqual([]);
    const count = async (sql: string) => Number((await h.query<{ n: number | string }>(sql, author))[0]?.n);
    expect(await count('SELECT count(*) AS n FROM stories WHERE author_key = ?')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM pulse_participation WHERE person_key = ?')).toBe(0);
    // Pseudonymous answers stay: they cannot be found from the person.
    expect(answersBefore).toBeGreaterThan(0);
    expect(await answers()).toBe(answersBefore);
  });

  it('exports which pulses the person answered (GDPR art. 15/20), from the stored participation', async () => {
    const h = await cli();
    await h.run(SMALL);
    const [row] = await h.query<{ key: string; n: number | string }>(
      `SELECT person_key AS key, count(*) AS n FROM pulse_participation
       GROUP BY person_key ORDER BY n DESC, person_key LIMIT 1`,
    );
    if (!row) throw new Error('no participation');
    const pulseIds = (
      await h.query<{ id: string }>(
        'SELECT pulse_id AS id FROM pulse_participation WHERE person_key = ? ORDER BY pulse_id',
        row.key,
      )
    ).map((r) => r.id);
    // PostgreSQL returns count(*) as a string.
    expect(Number(row.n)).toBeGreaterThan(0);

    const person = String(h.sealer.personOf('person', row.key));
    const exported = JSON.parse((await h.run(['export', '--user', person])).out);
    const listed = (exported.pulseParticipation as { pulseId: string; closesAt: string }[]).map(
      (p) => p.pulseId,
    );
    expect([...listed].sort()).toEqual(pulseIds);
    expect(exported.pulseParticipation[0]).toEqual({
      pulseId: expect.any(String),
      opensAt: expect.any(String),
      closesAt: expect.any(String),
    });
  });

  it('needs --user PLATFORM:ID', async () => {
    const result = await (await cli()).run(['export', '--user', 'kari']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: --user PLATFORM:ID');
  });
});

describe('kulturpuls backup FILE', () => {
  // A SQLite file copy; on PostgreSQL `backup` points to pg_dump (tests/storage/postgres-store.test.ts).
  it.skipIf(onPostgres)('writes a copy that opens and has the same row counts', async () => {
    const h = await cli();
    await h.run(SMALL);
    const file = join(h.dir, 'backups', 'copy.db');
    const result = await h.run(['backup', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Backup written to ${file}`);
    const original = rowCounts(h.db());
    expect(original.pulse_answers).toBeGreaterThan(0);
    // The backup is written to the audit log after the copy was taken: one row more in the original.
    expect(rowCounts(h.db(file))).toEqual({ ...original, audit_log: (original.audit_log ?? 0) - 1 });
  });

  it('needs a file name', async () => {
    const result = await (await cli()).run(['backup']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: kulturpuls backup FILE');
  });
});
