// What a repository is written against, once for both dialects: drizzle's query builders exist in both
// and are awaited alike, so each repository builds its queries once over this dialect's tables.
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type * as tables from './pg/schema/index.js';
import type { Prepare } from './repositories/prepared.js';

/**
 * The tables, typed as PostgreSQL's. The SQLite tables are built from the same definitions
 * (src/storage/schema/columns.ts), so the builders type-check once and run on either; only what both
 * dialects have is used (no `FOR UPDATE`, no `$returningId`).
 */
export type Tables = typeof tables;
export type Db = PgDatabase<NodePgQueryResultHKT>;
export type Dialect = 'sqlite' | 'postgres';

export interface Kit {
  dialect: Dialect;
  db: Db;
  t: Tables;
  /** The rows of a raw statement (`sql` placeholders work on both). */
  rows<T>(query: SQL): Promise<T[]>;
  /** A statement of the vote path, built once and then only run (see prepared.ts). */
  prepared: Prepare;
  /** Runs `body` atomically: its own transaction, or a savepoint inside the one already open. */
  atomic<T>(body: (kit: Kit) => Promise<T>): Promise<T>;
}

/** Rows an insert, update or delete without `returning` changed (better-sqlite3: `changes`; pg: `rowCount`). */
export function changed(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

/** Runs a statement for its effect. */
export const run = async (statement: PromiseLike<unknown>): Promise<void> => {
  await statement;
};

/** Runs a statement and tells how many rows it changed. */
export const rowsChanged = async (statement: PromiseLike<unknown>) => changed(await statement);

/** Runs a statement and tells whether it changed a row. */
export const anyChanged = async (statement: PromiseLike<unknown>) => changed(await statement) > 0;

/** SQLite binds at most 32,766 parameters per statement; long `IN (…)` lists go in chunks of this size. */
export const IN_CHUNK = 500;

export function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The first row a query answers, if any. */
export const first = async <T>(rows: PromiseLike<T[]>): Promise<T | undefined> => (await rows)[0];

/** A prepared statement's named placeholder. */
export const p = (name: string): Placeholder => sql.placeholder(name);

type Words<S extends string> = S extends `${infer W} ${infer Rest}` ? W | Words<Rest> : S;

/** One placeholder per column, each named as its key (`'id at'`): the values of a prepared insert. */
export const placeholders = <S extends string>(names: S) =>
  Object.fromEntries(names.split(' ').map((name) => [name, p(name)])) as Record<Words<S>, Placeholder>;
