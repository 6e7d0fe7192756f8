import { getTableName, is, Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Kit } from '../../src/storage/kit.js';
import * as pgSchema from '../../src/storage/pg/schema/index.js';
import { aggregateRepository } from '../../src/storage/repositories/aggregates.js';
import { benchmarkRepository } from '../../src/storage/repositories/benchmarks.js';
import { dutyRepository } from '../../src/storage/repositories/duties.js';
import { inboundEventRepository } from '../../src/storage/repositories/inbound-events.js';
import { pulseResultsRepository } from '../../src/storage/repositories/results.js';
import { scheduleRepository } from '../../src/storage/repositories/schedule.js';
import * as sqliteSchema from '../../src/storage/schema/index.js';
import { classifiedColumns } from '../../src/storage/schema/privacy.js';
import { NAMING_NOBODY } from '../../src/storage/sealed/sealed-store.js';

// The repositories that skip the sealing layer may only use tables in which no column is sealed: a
// method there that took a person would store them as given. Each one is built over tables that record
// which of them it takes.
const FACTORIES: Record<(typeof NAMING_NOBODY)[number], (kit: Kit) => unknown> = {
  schedule: scheduleRepository,
  inbound: inboundEventRepository,
  aggregates: aggregateRepository,
  results: pulseResultsRepository,
  duties: dutyRepository,
  benchmarks: benchmarkRepository,
};

/** The names of the tables `build` takes from the schema when it is built and when each method runs. */
async function tablesUsed(schema: Record<string, unknown>, build: (kit: Kit) => unknown): Promise<string[]> {
  const used = new Set<string>();
  const t = new Proxy(schema, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (is(value, Table)) used.add(getTableName(value));
      return value;
    },
  });
  const refused = () => {
    throw new Error('no database here');
  };
  const db = new Proxy({}, { get: () => refused });
  // A prepared statement is built when first run: here, when the method runs.
  const prepared = (build: () => unknown) => async () => build();
  const kit = { dialect: 'sqlite', db, t, rows: refused, prepared, atomic: refused } as unknown as Kit;
  const repository = build(kit) as Record<string, (...args: unknown[]) => unknown>;
  for (const method of Object.values(repository)) {
    try {
      await method();
    } catch {
      // Only the tables it reached for count, not what it would have done with them.
    }
  }
  return [...used];
}

const sealedColumnsOf = (schema: Record<string, unknown>, table: string) =>
  Object.values(schema)
    .filter((value): value is Table => is(value, Table) && getTableName(value) === table)
    .flatMap((value) => classifiedColumns(value))
    .filter(({ kind }) => kind?.class === 'sealed')
    .map(({ name }) => `${table}.${name}`);

describe('repositories that pass the sealing layer by', () => {
  it('are exactly the ones checked here', () => {
    expect(Object.keys(FACTORIES).sort()).toEqual([...NAMING_NOBODY].sort());
  });

  for (const [dialect, schema] of [
    ['SQLite', sqliteSchema],
    ['PostgreSQL', pgSchema],
  ] as const) {
    it(`use no table with a sealed column (${dialect})`, async () => {
      const found: Record<string, string[]> = {};
      for (const [name, build] of Object.entries(FACTORIES)) {
        const tables = await tablesUsed(schema, build);
        // A repository that reaches no table at all would make this check pass for nothing.
        expect(tables.length, name).toBeGreaterThan(0);
        const sealed = tables.flatMap((table) => sealedColumnsOf(schema, table));
        if (sealed.length > 0) found[name] = sealed;
      }
      expect(found).toEqual({});
    });
  }

  it('would be caught using a table that seals a person (people)', async () => {
    const tables = await tablesUsed(sqliteSchema, ({ t }) => ({ get: () => t.people }));
    expect(tables.flatMap((table) => sealedColumnsOf(sqliteSchema, table))).toContain('people.key');
  });
});
