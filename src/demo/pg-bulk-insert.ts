import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { people, pulseAnswers, pulseParticipation } from '../storage/pg/schema/index.js';
import type { BulkSink } from './bulk-writer.js';

/**
 * One raw statement on PostgreSQL (`$1` placeholders), resolving with its rows.
 *
 * It runs on the pool, outside the store's transactions: the bulk writer calls it once the
 * transaction whose pulses the rows refer to has committed.
 */
export type PgSql = (text: string, params?: readonly unknown[]) => Promise<unknown[]>;

/** PostgreSQL's wire protocol counts a statement's bind parameters in 16 bits. */
const PG_MAX_BIND_PARAMETERS = 65_535;
// Past a thousand rows a statement gets no faster, only its text longer.
const MAX_ROWS_PER_STATEMENT = 1_000;

const quoted = (column: PgColumn) => `"${column.name}"`;

/**
 * Multi-row `INSERT … VALUES (…),(…)` for one table, its column list taken from the drizzle schema so
 * a new column cannot be left out silently. A value left undefined takes the column's default.
 */
function bulkInsert<T extends PgTable>(
  sql: PgSql,
  table: T,
  upsert?: { target: PgColumn[]; set: PgColumn[] },
): { rowsPerStatement: number; write(rows: readonly T['$inferInsert'][]): Promise<void> } {
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  const head = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => quoted(c)).join(', ')}) VALUES `;
  const tail = upsert
    ? ` ON CONFLICT (${upsert.target.map(quoted).join(', ')}) DO UPDATE SET ` +
      upsert.set.map((c) => `${quoted(c)} = excluded.${quoted(c)}`).join(', ')
    : '';
  const rowsPerStatement = Math.min(
    MAX_ROWS_PER_STATEMENT,
    Math.floor(PG_MAX_BIND_PARAMETERS / columns.length),
  );

  async function statement(rows: readonly T['$inferInsert'][]): Promise<void> {
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
    await sql(head + tuples.join(', ') + tail, params);
  }

  return {
    rowsPerStatement,
    async write(rows) {
      // One statement after the other: inside a transaction there is one connection.
      for (let start = 0; start < rows.length; start += rowsPerStatement) {
        await statement(rows.slice(start, start + rowsPerStatement));
      }
    },
  };
}

/**
 * The PostgreSQL writes: multi-row inserts, since each statement is a round trip to the server.
 * People are upserted as the repository does: language, pause and creation time are kept.
 */
export function createPgSink(sql: PgSql): BulkSink {
  const answers = bulkInsert(sql, pulseAnswers);
  const participation = bulkInsert(sql, pulseParticipation);
  const upsert = bulkInsert(sql, people, {
    target: [people.key],
    set: [people.displayName, people.email, people.sector],
  });
  return {
    batch: Math.min(answers.rowsPerStatement, participation.rowsPerStatement),
    answers: (rows) => answers.write(rows),
    participation: (rows) => participation.write(rows),
    people: (rows) => upsert.write(rows),
  };
}
