// Each table is defined once, as a function of a column kit, and built for each dialect from it
// (src/storage/schema/index.ts for SQLite, src/storage/pg/schema/index.ts for PostgreSQL).
import type { BuildExtraConfigColumns, Column } from 'drizzle-orm';
import type * as pg from 'drizzle-orm/pg-core';
import * as lite from 'drizzle-orm/sqlite-core';
import { oncePer } from '../once-per.js';
import type { ColumnKit, pgBuilders } from '../pg/columns.js';
import { classifiedKit } from './privacy.js';

export type { ColumnKit };

const sqliteBuilders = {
  text: lite.text,
  integer: lite.integer,
  bigint: (name: string) => lite.integer(name),
  boolean: (name: string) => lite.integer(name, { mode: 'boolean' }),
  json: (name: string) => lite.text(name, { mode: 'json' }),
  serialId: (name: string) => lite.integer(name).primaryKey({ autoIncrement: true }),
} satisfies Record<keyof typeof pgBuilders, unknown>;

export const sqliteColumns = {
  dialect: 'sqlite',
  ...classifiedKit(sqliteBuilders, lite.sqliteTable),
  index: lite.index,
  uniqueIndex: lite.uniqueIndex,
  unique: lite.unique,
  primaryKey: lite.primaryKey,
  check: lite.check,
} satisfies Record<keyof ColumnKit, unknown> as unknown as ColumnKit;

/**
 * One table's definition: built once per kit, so a foreign key (`.references(() => pulsesTable(c).id)`)
 * points at the very table the dialect's index exports.
 */
export function defineTable<N extends string, C extends Record<string, pg.PgColumnBuilderBase>>(
  name: N,
  columns: (c: ColumnKit) => C,
  extras?: (t: BuildExtraConfigColumns<N, C, 'pg'>, c: ColumnKit) => pg.PgTableExtraConfigValue[],
) {
  return oncePer((c: ColumnKit) => c.table(name, columns(c), extras && ((t) => extras(t, c))));
}

type SqliteColumnOf<C> = C extends Column ? lite.SQLiteColumn<Omit<C['_'], 'dialect' | 'brand'>> : never;

/** A table built by the SQLite kit, typed from its PostgreSQL twin: the same names, columns and rows. */
export type AsSqlite<T extends pg.PgTable> = lite.SQLiteTableWithColumns<{
  name: T['_']['name'];
  schema: undefined;
  dialect: 'sqlite';
  columns: { [K in keyof T['_']['columns']]: SqliteColumnOf<T['_']['columns'][K]> };
}>;

export function onSqlite<T extends pg.PgTable>(define: (c: ColumnKit) => T): AsSqlite<T> {
  return define(sqliteColumns) as unknown as AsSqlite<T>;
}
