import { type PgTable, getTableConfig as pgTableConfig } from 'drizzle-orm/pg-core';
import { type SQLiteTable, getTableConfig as sqliteTableConfig } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, it } from 'vitest';
import * as pgSchema from '../../src/storage/pg/schema/index.js';
import * as sqliteSchema from '../../src/storage/schema/index.js';
import { COLUMN_CLASSES } from '../../src/storage/sealed/columns.js';
import { createTestStore, onPostgres, type TestStore } from '../support/database.js';

// Privacy is a property of the schema: every column of every table is classified (anonymous, sealed,
// public content, operational). A new column that is not is a failure here, before it can hold a name.

type Columns = Record<string, string[]>;

function unclassified(columns: Columns): string[] {
  return Object.entries(columns).flatMap(([table, names]) =>
    names.filter((name) => COLUMN_CLASSES[table]?.[name] === undefined).map((name) => `${table}.${name}`),
  );
}

function drizzleColumns(
  tables: unknown[],
  config: (table: never) => { name: string; columns: { name: string }[] },
) {
  const columns: Columns = {};
  for (const table of tables) {
    let described: { name: string; columns: { name: string }[] };
    try {
      described = config(table as never);
    } catch {
      continue; // an exported constant, not a table
    }
    columns[described.name] = described.columns.map((c) => c.name);
  }
  return columns;
}

const sqliteColumns = () =>
  drizzleColumns(Object.values(sqliteSchema), (t) => sqliteTableConfig(t as SQLiteTable));
const pgColumns = () => drizzleColumns(Object.values(pgSchema), (t) => pgTableConfig(t as PgTable));

/** Every column of every table of the migrated SQLite file, one row each. */
async function sqliteTableColumns(t: TestStore): Promise<{ table_name: string; column_name: string }[]> {
  const columns: { table_name: string; column_name: string }[] = [];
  const tables = await t.rows<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%migrations'",
  );
  for (const { name } of tables)
    for (const c of await t.rows<{ name: string }>(`PRAGMA table_info(${name})`))
      columns.push({ table_name: name, column_name: c.name });
  return columns;
}

/** The columns of the migrated database itself (what drizzle-kit's migrations made). */
async function databaseColumns(t: TestStore): Promise<Columns> {
  const rows = onPostgres
    ? await t.rows<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT LIKE '%migrations' ORDER BY table_name, ordinal_position`,
      )
    : await sqliteTableColumns(t);
  const columns: Columns = {};
  for (const row of rows) {
    columns[row.table_name] = [...(columns[row.table_name] ?? []), row.column_name];
  }
  return columns;
}

let t: TestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('every column is classified', () => {
  it('in the SQLite schema and the PostgreSQL schema, the same tables and columns in both', () => {
    const sqlite = sqliteColumns();
    const pg = pgColumns();
    expect(Object.keys(sqlite).length).toBeGreaterThanOrEqual(28);
    expect(unclassified(sqlite)).toEqual([]);
    expect(unclassified(pg)).toEqual([]);
    expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
    // Nothing classified that no longer exists: the list is the schema, not a wish list.
    for (const [table, names] of Object.entries(COLUMN_CLASSES)) {
      expect(Object.keys(names).sort(), table).toEqual([...(sqlite[table] ?? [])].sort());
    }
  });

  it('in the database the real migrations make', async () => {
    t = await createTestStore();
    const columns = await databaseColumns(t);
    expect(Object.keys(columns).length).toBeGreaterThanOrEqual(28);
    expect(unclassified(columns)).toEqual([]);
  });

  it('fails on a column added without a class, such as a nickname beside the sealed name', async () => {
    t = await createTestStore();
    await t.rows('ALTER TABLE people ADD COLUMN nickname TEXT');
    await t.rows('ALTER TABLE kaffe_pairs ADD COLUMN a_email TEXT');
    expect(unclassified(await databaseColumns(t)).sort()).toEqual(['kaffe_pairs.a_email', 'people.nickname']);
  });

  it('names every sealed column with a purpose and a form', () => {
    const sealed = Object.entries(COLUMN_CLASSES).flatMap(([table, columns]) =>
      Object.entries(columns).flatMap(([name, kind]) =>
        kind.class === 'sealed' ? [`${table}.${name}`] : [],
      ),
    );
    // The values the issue lists: platform ids, e-mail, names, DM targets and texts, nominations, Kaffe,
    // comment contacts, Teams references, audit actors.
    expect(sealed).toEqual(
      expect.arrayContaining([
        'people.key',
        'people.user_id',
        'people.display_name',
        'people.email',
        'pulse_participation.person_key',
        'deliveries.target_id',
        'deliveries.payload',
        'deliveries.message_ref',
        'teams_conversations.conversation_id',
        'teams_conversations.user_aad_object_id',
        'teams_conversations.user_id',
        'nominations.nominator_key',
        'nominations.nominee_key',
        'nominations.reason',
        'kaffe_pairs.a_key',
        'kaffe_pairs.b_key',
        'kaffe_members.person_key',
        'comment_contacts.person_key',
        'audit_log.actor_key',
      ]),
    );
  });
});
