// Each table is defined once (src/storage/schema/<table>.ts) and built by both dialects' column kits;
// the SQLite tables' TypeScript types are derived from PostgreSQL's (`AsSqlite`), so rows agree by
// construction. What can still drift is what each kit builds at run time (a kit that maps a column
// to a different name or NULLability), and the repositories rely on it: checked here.
import { type Column, getTableColumns, getTableName, is, Table } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pg from '../../src/storage/pg/schema/index.js';
import * as sqlite from '../../src/storage/schema/index.js';

function tablesOf(schema: Record<string, unknown>): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const [name, value] of Object.entries(schema)) if (is(value, Table)) tables.set(name, value);
  return tables;
}

/** Table name, then per column (in key order, so a row reads alike on both): its name and NOT NULL. */
function shape(table: Table) {
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>);
  return [getTableName(table), columns.map(([key, column]) => [key, column.name, column.notNull])];
}

const sqliteTables = tablesOf(sqlite);
const pgTables = tablesOf(pg);

describe('schema parity between SQLite and PostgreSQL', () => {
  it('both dialects export the same tables, each of its own dialect', () => {
    expect(sqliteTables.size).toBeGreaterThanOrEqual(28);
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    for (const table of sqliteTables.values()) expect(is(table, SQLiteTable)).toBe(true);
    for (const table of pgTables.values()) expect(is(table, PgTable)).toBe(true);
  });

  it.each([...sqliteTables.keys()].sort())('%s has the same name, columns and NOT NULLs', (name) => {
    expect(shape(pgTables.get(name) as Table)).toEqual(shape(sqliteTables.get(name) as Table));
  });
});
