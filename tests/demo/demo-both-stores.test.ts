import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDemoRespondents } from '../../src/cli/demo-data-command.js';
import { localMonth, shiftMonth } from '../../src/core/time.js';
import { aggregateFingerprint, DEMO_NOW, type DemoRuntime, digestFigures, runDemo } from './demo-runtime.js';

type Run = Awaited<ReturnType<typeof runDemo>>;
const OPTIONS = { seed: 11, members: 150, months: 3 } as const;
const thisMonth = localMonth(DEMO_NOW, 'Europe/Oslo');
const months = [3, 2, 1].map((back) => shiftMonth(thisMonth, -back));

const withoutDuration = ({ durationMs: _, ...summary }: Run['summary']) => summary;

// Needs a PostgreSQL server beside SQLite: skipped without KULTURPULS_TEST_PG.
describe.skipIf(!process.env.KULTURPULS_TEST_PG)('demo-data on SQLite and on PostgreSQL', () => {
  const opened: DemoRuntime[] = [];
  let sqlite: Run;
  let postgres: Run;
  beforeAll(async () => {
    sqlite = await runDemo({ ...OPTIONS, dialect: 'sqlite' });
    opened.push(sqlite);
    postgres = await runDemo({ ...OPTIONS, dialect: 'postgres' });
    opened.push(postgres);
    for (const run of [sqlite, postgres]) await countDemoRespondents(run.runtime.database);
  });
  afterAll(async () => {
    for (const run of opened.splice(0)) await run.close();
  });

  it('runs on one store each', () => {
    expect(sqlite.runtime.database.dialect).toBe('sqlite');
    expect(postgres.runtime.database.dialect).toBe('postgres');
  });

  it('reports the same summary for the same seed and clock', () => {
    expect(sqlite.summary.answers).toBeGreaterThan(1_000);
    expect(withoutDuration(postgres.summary)).toEqual(withoutDuration(sqlite.summary));
  });

  it('stores the same rows: answers, participation, respondents, people and content', async () => {
    expect(await aggregateFingerprint(postgres.runtime)).toEqual(await aggregateFingerprint(sqlite.runtime));
  });

  it.each(months)('gives the same digest figures for %s, per sector and per statement', async (month) => {
    const expected = await sqlite.runtime.core.digests.forMonth(month);
    expect(expected.participation.pulses).toBeGreaterThan(0);
    expect(expected.dimensions.some((d) => d.result.shown)).toBe(true);
    expect(digestFigures(await postgres.runtime.core.digests.forMonth(month))).toEqual(
      digestFigures(expected),
    );
  });
});
