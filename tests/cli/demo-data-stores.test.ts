import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestPgDatabase, pgQuery } from '../support/database.js';
import { useCli } from './cli-harness.js';

const cli = useCli();
const ARGS = ['demo-data', '--members', '50', '--months', '2', '--seed', '4'];
const dialects = process.env.KULTURPULS_TEST_PG ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/**
 * The harness on its SQLite file, or on a fresh PostgreSQL database (dropped after the test), and a
 * count on that database through a connection of its own.
 */
async function onStore(dialect: 'sqlite' | 'postgres', cleanups: (() => Promise<void>)[]) {
  const h = await cli();
  if (dialect === 'sqlite') {
    // A file of its own, also when the harness runs on PostgreSQL (KULTURPULS_TEST_STORE=postgres).
    const file = join(h.dir, 'sqlite', 'kulturpuls.db');
    h.env.KULTURPULS_DB = file;
    const count = async (sql: string) => (h.db(file).prepare(sql).get() as { n: number | null }).n;
    return { h, count };
  }
  const pg = await createTestPgDatabase();
  h.env.KULTURPULS_DB = pg.url;
  cleanups.push(async () => {
    await pg.drop();
  });
  const count = async (sql: string) => ((await pgQuery(pg.url, sql))[0] as { n: number | null }).n;
  return { h, count };
}

const figure = (out: string, label: string) => {
  const match = new RegExp(`^\\s+${label}\\s+([\\d,]+)`, 'm').exec(out);
  if (!match) throw new Error(`no "${label}" line in:\n${out}`);
  return Number((match[1] as string).replaceAll(',', ''));
};

// Without KULTURPULS_TEST_PG only the SQLite case runs.
describe.each(dialects)('kulturpuls demo-data on %s', (dialect) => {
  it('prints a summary that matches what is stored, and a second run doubles nothing', async () => {
    const cleanups: (() => Promise<void>)[] = [];
    try {
      const { h, count: n } = await onStore(dialect, cleanups);
      const first = await h.run(ARGS);
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      const stored = {
        people: await n('SELECT count(*) AS n FROM people'),
        pulses: await n('SELECT count(*) AS n FROM pulses'),
        answers: await n('SELECT count(*) AS n FROM pulse_answers'),
        reflections: await n("SELECT count(*) AS n FROM reflections WHERE kind = 'reflection'"),
        stories: await n('SELECT count(*) AS n FROM stories'),
        nominations: await n('SELECT count(*) AS n FROM nominations'),
      };
      expect(stored).toEqual({
        people: 50,
        pulses: figure(first.out, 'pulses'),
        answers: figure(first.out, 'answers'),
        reflections: figure(first.out, 'reflections'),
        stories: figure(first.out, 'stories'),
        nominations: figure(first.out, 'nominations'),
      });
      const participations = Number(
        /from ([\d,]+) pulse participations/.exec(first.out)?.[1]?.replaceAll(',', ''),
      );
      expect(participations).toBeGreaterThan(0);
      expect(await n('SELECT count(*) AS n FROM pulse_participation')).toBe(participations);
      // Every participation is counted once in the per-sector respondents the digests read.
      expect(await n('SELECT sum(respondents) AS n FROM pulse_respondents')).toBe(participations);

      const again = await h.run(ARGS);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/people\s+50 \(0 new/);
      expect(again.out).toContain('nothing was doubled');
      expect(await n('SELECT count(*) AS n FROM pulse_answers')).toBe(stored.answers);
      expect(await n('SELECT sum(respondents) AS n FROM pulse_respondents')).toBe(participations);
    } finally {
      for (const cleanup of cleanups) await cleanup();
    }
  });
});
