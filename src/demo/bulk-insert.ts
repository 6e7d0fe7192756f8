import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { PersonUpsert } from '../core/ports.js';
import { parsePersonKey } from '../core/records.js';
import type { Database } from '../storage/index.js';
import { createOrm } from '../storage/orm.js';
import { people, pulseAnswers, pulseParticipation } from '../storage/schema/index.js';

// A million answers through the repository (drizzle query building and a read-back per row) take
// minutes; one prepared statement per table, built from the same drizzle schema, takes seconds.
function insertStatement<T extends SQLiteTable>(db: Database, table: T): (row: T['$inferInsert']) => void {
  const columns = Object.entries(getTableColumns(table));
  const statement = db.prepare(
    `INSERT INTO "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return (row) => {
    const values = row as Record<string, unknown>;
    statement.run(...columns.map(([key]) => values[key] ?? null));
  };
}

/** Raw writers for pulse answers and participation; call them inside `store.transaction`. */
export function createPulseWriter(db: Database) {
  return {
    answer: insertStatement(db, pulseAnswers),
    participation: insertStatement(db, pulseParticipation),
  };
}

export type PulseWriter = ReturnType<typeof createPulseWriter>;

const PEOPLE_PER_STATEMENT = 500;
const excluded = (column: SQLiteColumn) => sql.raw(`excluded."${column.name}"`);

/**
 * The people repository's upsert, in batches: new people are created, known ones get their name,
 * e-mail and sector refreshed, and keep their language, pause and creation time.
 */
export function upsertPeople(db: Database, rows: PersonUpsert[], now: string): void {
  const orm = createOrm(db);
  for (let start = 0; start < rows.length; start += PEOPLE_PER_STATEMENT) {
    const values = rows.slice(start, start + PEOPLE_PER_STATEMENT).map((row) => {
      const parsed = parsePersonKey(row.key);
      if (!parsed) throw new Error(`Invalid person key: ${row.key}`);
      return {
        ...parsed,
        key: row.key,
        displayName: row.displayName,
        email: row.email ?? null,
        sector: row.sector ?? null,
        createdAt: now,
      };
    });
    orm
      .insert(people)
      .values(values)
      .onConflictDoUpdate({
        target: people.key,
        set: {
          displayName: excluded(people.displayName),
          email: excluded(people.email),
          sector: excluded(people.sector),
        },
      })
      .run();
  }
}
