import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PgBridge } from './bridge.js';

/** PostgreSQL's wire protocol counts a statement's bind parameters in 16 bits. */
const PG_MAX_BIND_PARAMETERS = 65_535;
// Past a thousand rows a statement gets no faster, only its text longer.
const MAX_ROWS_PER_STATEMENT = 1_000;

export interface PgBulkInsertOptions {
  /** `ON CONFLICT (target) DO UPDATE SET` each of `set` to the excluded row's value. */
  upsert?: { target: PgColumn[]; set: PgColumn[] };
}

export interface PgBulkInsert<Row> {
  /** Rows per statement: as many as fit the bind-parameter limit, at most a thousand. */
  readonly rowsPerStatement: number;
  /** Writes the rows in as few multi-row statements as the limit allows; the rows written. */
  write(rows: readonly Row[]): number;
}

const quoted = (column: PgColumn) => `"${column.name}"`;

/**
 * Multi-row `INSERT … VALUES (…),(…)` for one table, its column list taken from the drizzle schema so
 * a new column cannot be left out silently. A value left undefined takes the column's default.
 */
export function pgBulkInsert<T extends PgTable>(
  bridge: PgBridge,
  table: T,
  options: PgBulkInsertOptions = {},
): PgBulkInsert<T['$inferInsert']> {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const head = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => quoted(c)).join(', ')}) VALUES `;
  const { upsert } = options;
  const tail = upsert
    ? ` ON CONFLICT (${upsert.target.map(quoted).join(', ')}) DO UPDATE SET ` +
      upsert.set.map((c) => `${quoted(c)} = excluded.${quoted(c)}`).join(', ')
    : '';
  const rowsPerStatement = Math.min(
    MAX_ROWS_PER_STATEMENT,
    Math.floor(PG_MAX_BIND_PARAMETERS / columns.length),
  );

  function statement(rows: readonly T['$inferInsert'][]): number {
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const values = row as Record<string, unknown>;
      const cells = columns.map(([key, column]) => {
        const value = values[key];
        if (value === undefined) return 'DEFAULT';
        params.push(value === null ? null : column.mapToDriverValue(value));
        return `$${params.length}`;
      });
      return `(${cells.join(', ')})`;
    });
    return bridge.query(head + tuples.join(', ') + tail, params).rowCount;
  }

  return {
    rowsPerStatement,
    write(rows) {
      let written = 0;
      for (let start = 0; start < rows.length; start += rowsPerStatement) {
        written += statement(rows.slice(start, start + rowsPerStatement));
      }
      return written;
    },
  };
}
