// The repositories are written once, typed against the PostgreSQL tables and run on SQLite's as well
// (src/storage/kit.ts). That holds only while every table is the same on both: the same SQL name, the
// same column keys and column names, the same NOT NULLs, and rows of the same TypeScript type.
import { type Column, getTableColumns, getTableName, is, Table } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as pg from '../../src/storage/pg/schema/index.js';
import * as sqlite from '../../src/storage/schema/index.js';

type Pg = typeof pg;
type Sqlite = typeof sqlite;

/** The tables of one schema by export name (its constants and types left out). */
function tablesOf(schema: Record<string, unknown>): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const [name, value] of Object.entries(schema)) if (is(value, Table)) tables.set(name, value);
  return tables;
}

/** What must match, column by column: keyed by the property the repositories use. */
function shape(table: Table) {
  const columns = getTableColumns(table) as Record<string, Column>;
  return {
    name: getTableName(table),
    columns: Object.fromEntries(
      Object.entries(columns).map(([key, column]) => [key, { name: column.name, notNull: column.notNull }]),
    ),
  };
}

const sqliteTables = tablesOf(sqlite);
const pgTables = tablesOf(pg);
const shared = [...sqliteTables.keys()].filter((name) => pgTables.has(name)).sort();

describe('schema parity between SQLite and PostgreSQL', () => {
  it('both dialects export the same tables', () => {
    expect(shared.length).toBeGreaterThan(0);
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
  });

  it.each(shared)('%s has the same table name, column keys, column names and NOT NULLs', (name) => {
    const lite = sqliteTables.get(name) as Table;
    const postgres = pgTables.get(name) as Table;
    expect(shape(postgres)).toEqual(shape(lite));
    // Key order too, so a row reads alike on both (in lists, snapshots and JSON).
    expect(Object.keys(getTableColumns(postgres))).toEqual(Object.keys(getTableColumns(lite)));
  });

  // Types are checked by tsc (`npm run typecheck`), not by `vitest run`: a mismatch fails the type check.
  it('rows have the same TypeScript type on both', () => {
    type SharedName = {
      [K in keyof Sqlite & keyof Pg]: Sqlite[K] extends SQLiteTable
        ? Pg[K] extends PgTable
          ? K
          : never
        : never;
    }[keyof Sqlite & keyof Pg];
    type Select<T> = T extends { $inferSelect: infer Row } ? Row : never;
    type Insert<T> = T extends { $inferInsert: infer Row } ? Row : never;
    type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    // Over every shared table at once: the names of those whose rows differ, `never` when none does.
    type SelectDiffers = {
      [K in SharedName]: MutuallyAssignable<Select<Sqlite[K]>, Select<Pg[K]>> extends true ? never : K;
    }[SharedName];
    type InsertDiffers = {
      [K in SharedName]: MutuallyAssignable<Insert<Sqlite[K]>, Insert<Pg[K]>> extends true ? never : K;
    }[SharedName];
    expectTypeOf<SelectDiffers>().toEqualTypeOf<never>();
    expectTypeOf<InsertDiffers>().toEqualTypeOf<never>();
    // The same, worded so that tsc names the tables: Type '"none"' is not assignable to type '"auditLog"'.
    type None<Names> = [Names] extends [never] ? 'none' : Names;
    const selectsDiffer: None<SelectDiffers> = 'none';
    const insertsDiffer: None<InsertDiffers> = 'none';
    expect([selectsDiffer, insertsDiffer]).toEqual(['none', 'none']);
    // The helper tells different rows apart, and there are tables to compare (or all would pass unchecked).
    expectTypeOf<MutuallyAssignable<{ a: number }, { a: number | null }>>().toEqualTypeOf<false>();
    expectTypeOf<SharedName>().not.toEqualTypeOf<never>();
  });
});
