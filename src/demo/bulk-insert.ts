import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../storage/index.js';
import { people, pulseAnswers, pulseParticipation } from '../storage/schema/index.js';
import type { BulkSink } from './bulk-writer.js';

// A million answers through the repository (drizzle query building and a read-back per row) take
// minutes; one prepared statement per table, built from the same drizzle schema, takes seconds.
function insertStatement<T extends SQLiteTable>(
  db: Database,
  table: T,
): (rows: T['$inferInsert'][]) => Promise<void> {
  const columns = Object.entries(getTableColumns(table));
  const statement = db.prepare(
    `INSERT INTO "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return async (rows) => {
    for (const row of rows) {
      const values = row as Record<string, unknown>;
      statement.run(...columns.map(([key]) => values[key] ?? null));
    }
  };
}

const excluded = (column: SQLiteColumn) => sql.raw(`excluded."${column.name}"`);

/**
 * The SQLite writes: a prepared statement per answer and participation, people 500 per upsert. They
 * run on the one connection, inside the transaction the writer's body holds it for.
 */
export function createSqliteSink(db: Database): BulkSink {
  const orm = drizzle(db);
  return {
    batch: 500,
    answers: insertStatement(db, pulseAnswers),
    participation: insertStatement(db, pulseParticipation),
    async people(rows) {
      orm
        .insert(people)
        .values(rows)
        .onConflictDoUpdate({
          target: people.key,
          set: {
            displayName: excluded(people.displayName),
            email: excluded(people.email),
            sector: excluded(people.sector),
          },
        })
        .run();
    },
  };
}
