import * as drizzleOrm from 'drizzle-orm';
import { fillPlaceholders, type Query } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import {
  PgDatabase,
  PgDialect,
  PgPreparedQuery,
  PgSession,
  type PreparedQueryConfig,
} from 'drizzle-orm/pg-core';
import type { PgBridge, PgResult } from './bridge.js';

type Fields = Parameters<PgSession['prepareQuery']>[1];
type RowMapper = (rows: unknown[][]) => unknown;
// drizzle maps array rows to objects with this; it is exported at runtime but not in its types.
const { mapResultRow } = drizzleOrm as unknown as {
  mapResultRow: (fields: Fields, row: unknown[], joins: unknown) => unknown;
};

/**
 * A drizzle prepared query that answers synchronously through the bridge. drizzle's builders return
 * whatever `execute` returns, so `run(query)` gets the mapped rows at once (see `run` below).
 */
class SyncPreparedQuery extends PgPreparedQuery<PreparedQueryConfig> {
  constructor(
    private readonly bridge: PgBridge,
    query: Query,
    private readonly fields: Fields,
    private readonly arrayMode: boolean,
    private readonly mapper: RowMapper | undefined,
  ) {
    super(query, undefined, undefined, undefined);
  }

  override execute(values: Record<string, unknown> = {}): Promise<unknown> {
    const { sql, params } = this.getQuery();
    const filled = fillPlaceholders(params, values);
    if (!this.fields && !this.mapper) return this.bridge.query(sql, filled) as never;
    const rows = this.bridge.query(sql, filled, true).rows as unknown[][];
    const joins = (this as unknown as { joinsNotNullableMap?: unknown }).joinsNotNullableMap;
    const mapped = this.mapper ? this.mapper(rows) : rows.map((row) => mapResultRow(this.fields, row, joins));
    return mapped as never;
  }

  all(values: Record<string, unknown> = {}): Promise<unknown> {
    const { sql, params } = this.getQuery();
    return this.bridge.query(sql, fillPlaceholders(params, values)).rows as never;
  }

  isResponseInArrayMode(): boolean {
    return this.arrayMode;
  }
}

class SyncPgSession extends PgSession<NodePgQueryResultHKT> {
  constructor(private readonly bridge: PgBridge) {
    super(new PgDialect());
  }

  prepareQuery<T extends PreparedQueryConfig>(
    query: Query,
    fields: Fields,
    _name: string | undefined,
    arrayMode: boolean,
    mapper?: RowMapper,
  ): PgPreparedQuery<T> {
    return new SyncPreparedQuery(this.bridge, query, fields, arrayMode, mapper) as never;
  }

  transaction(): Promise<never> {
    throw new Error('Use the store’s synchronous transaction()');
  }
}

export type PgOrm = PgDatabase<NodePgQueryResultHKT>;

export function createPgOrm(bridge: PgBridge): PgOrm {
  const session = new SyncPgSession(bridge);
  return new PgDatabase(new PgDialect(), session, undefined) as PgOrm;
}

/** The result of a drizzle query run through the synchronous session (its `execute` does not await). */
export function run<T>(query: { execute(): Promise<T> }): T {
  return query.execute() as unknown as T;
}

/** The first row, if any. */
export function first<T>(query: { execute(): Promise<T[]> }): T | undefined {
  return run(query)[0];
}

/** Rows changed by an insert, update or delete without RETURNING. */
export function changes(query: { execute(): Promise<{ rowCount: number | null }> }): number {
  return run(query).rowCount ?? 0;
}

export type { PgResult };
