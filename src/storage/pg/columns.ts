// PostgreSQL's column kit (see ../schema/columns.ts): its own module, so a SQLite process never loads
// drizzle's PostgreSQL builders.
import * as pg from 'drizzle-orm/pg-core';
import type { Dialect } from '../kit.js';
import { classifiedKit } from '../schema/privacy.js';

// The kit is typed as PostgreSQL's builders, so the PostgreSQL tables keep drizzle's exact types (the
// repositories are typed against them, see kit.ts); SQLite's builders take the same calls at run time.
export const pgBuilders = {
  text: pg.text,
  integer: pg.integer,
  /** Milliseconds since the epoch: past int4 on PostgreSQL, one INTEGER on SQLite. */
  bigint: <N extends string>(name: N) => pg.bigint(name, { mode: 'number' }),
  /** SQLite has no boolean: an INTEGER 0/1 in drizzle's boolean mode. */
  boolean: pg.boolean,
  /** SQLite keeps JSON as TEXT in drizzle's json mode. */
  json: pg.json,
  /** A generated integer key: an identity on PostgreSQL, AUTOINCREMENT on SQLite. */
  serialId: <N extends string>(name: N) => pg.integer(name).primaryKey().generatedByDefaultAsIdentity(),
};

const pgKit = {
  dialect: 'postgres' as Dialect,
  ...classifiedKit(pgBuilders, pg.pgTable),
  index: pg.index,
  uniqueIndex: pg.uniqueIndex,
  unique: pg.unique,
  primaryKey: pg.primaryKey,
  check: pg.check,
};

export type ColumnKit = typeof pgKit;

export const pgColumns: ColumnKit = pgKit;
