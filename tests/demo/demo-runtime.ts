import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { appRows } from '../support/app-database.js';
import { createTestPgDatabase, TEST_DIALECT } from '../support/database.js';

/** A Wednesday in March: the generated months are Sep 2024–Feb 2025 plus March so far. */
export const DEMO_NOW = new Date('2025-03-19T12:00:00Z');

export type Dialect = 'sqlite' | 'postgres';

export interface DemoRuntime {
  runtime: Runtime;
  dir: string;
  close(): Promise<void>;
}

export interface DemoRuntimeOptions {
  now?: Date;
  yaml?: string;
  /** The store to run on; by default the suite's (`KULTURPULS_TEST_STORE`). */
  dialect?: Dialect;
}

/**
 * A real runtime (real config loader, migrations and core) with a fixed clock, on a temp SQLite file
 * or a fresh PostgreSQL database of the test server.
 */
export async function openDemoRuntime(options: DemoRuntimeOptions = {}): Promise<DemoRuntime> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-demo-'));
  // Awaited: creating the PostgreSQL database may be asynchronous in the rewritten test store.
  const pg = (options.dialect ?? TEST_DIALECT) === 'postgres' ? await createTestPgDatabase() : undefined;
  const configFile = join(dir, 'kulturpuls.yaml');
  writeFileSync(configFile, options.yaml ?? 'organisation: Testvik kommune\n');
  const loaded = loadConfig({
    env: {
      KULTURPULS_DB: pg?.url ?? join(dir, 'kulturpuls.db'),
      KULTURPULS_CONFIG: configFile,
      KULTURPULS_SECRET: 'test-secret-for-demo-data-0123456789',
    },
  });
  if (!loaded.ok) throw new Error(`test config invalid: ${JSON.stringify(loaded.problems)}`);
  const now = options.now ?? DEMO_NOW;
  // Awaited: opening (and migrating) may be asynchronous in the rewritten runtime.
  const runtime = await openRuntime(loaded.config, { clock: { now: () => now }, logger: silentLogger });
  return {
    runtime,
    dir,
    async close() {
      await runtime.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function runDemo(
  options: { members?: number; months?: number; seed?: number; now?: Date; dialect?: Dialect } = {},
) {
  const demo = await openDemoRuntime({
    ...(options.now ? { now: options.now } : {}),
    ...(options.dialect ? { dialect: options.dialect } : {}),
  });
  const summary = await generateDemoData(demo.runtime, {
    members: options.members ?? 60,
    months: options.months ?? 6,
    seed: options.seed ?? 1,
  });
  return { ...demo, summary };
}

/** Rows of a query on either store: `?` placeholders, counts as numbers. */
export function rows<T = Record<string, unknown>>(
  runtime: Runtime,
  sql: string,
  ...params: unknown[]
): Promise<T[]> {
  return appRows<T>(runtime, sql, ...params);
}

/** Counts that describe what was generated, independent of the random pulse ids and of the store. */
const ALL_TIME = { from: '0000', to: '9999' };
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function aggregateFingerprint(runtime: Runtime): Promise<unknown> {
  const all = (sql: string) => rows(runtime, sql);
  const { store } = runtime;
  return {
    answers: await all(`SELECT a.question_id, a.sector, a.value, p.closes_at, count(*) AS n
      FROM pulse_answers a JOIN pulses p ON p.id = a.pulse_id
      GROUP BY a.question_id, a.sector, a.value, p.closes_at ORDER BY 1, 2 NULLS FIRST, 3, 4`),
    participation: await all(`SELECT p.closes_at, count(*) AS n FROM pulse_participation x
      JOIN pulses p ON p.id = x.pulse_id GROUP BY p.closes_at ORDER BY 1`),
    respondents: await all(`SELECT p.closes_at, r.sector, r.respondents, r.first_in_month
      FROM pulse_respondents r JOIN pulses p ON p.id = r.pulse_id ORDER BY 1, 2`),
    // Who is named is sealed: read back through the store, as the bot reads it.
    people: (await store.people.list()).map(({ key, displayName, email, sector, createdAt }) => ({
      key,
      displayName,
      email,
      sector,
      createdAt,
    })),
    reflections: (await store.content.reflectionsIn(ALL_TIME))
      .map(({ id, kind, authorKey, text, sector, createdAt }) => ({
        id,
        kind,
        authorKey,
        text,
        sector,
        createdAt,
      }))
      .sort(byId),
    stories: (await store.content.storiesIn(ALL_TIME))
      .map(({ id, title, authorKey, reactions, createdAt }) => ({
        id,
        title,
        authorKey,
        reactions,
        createdAt,
      }))
      .sort(byId),
    nominations: (await store.content.nominationsIn(ALL_TIME))
      .map(({ id, status, nomineeKey, createdAt }) => ({ id, status, nomineeKey, createdAt }))
      .sort(byId),
  };
}

/**
 * A digest with its fractions to 12 significant digits. PostgreSQL returns the answer cells in no fixed
 * order, and a mean summed in another order can differ in its last bit; any real difference shows.
 */
export function digestFigures(digest: unknown): unknown {
  return JSON.parse(
    JSON.stringify(digest, (_key, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value,
    ),
  );
}
