import { getTableName, is, Table } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as pgSchema from '../../src/storage/pg/schema/index.js';
import * as sqliteSchema from '../../src/storage/schema/index.js';
import { type ColumnClass, classifiedColumns } from '../../src/storage/schema/privacy.js';
import { createTestStore, onPostgres, type TestStore } from '../support/database.js';

// Privacy is a property of the schema: every column of every table is classified (anonymous, sealed,
// public content, operational) where it is defined. A new column that is not is a failure here, before
// it can hold a name.

type Columns = Record<string, string[]>;
type Classes = Record<string, Record<string, ColumnClass | undefined>>;

/** Each table's columns with their classes, as one dialect's schema declares them. */
function classesOf(schema: Record<string, unknown>): Classes {
  const classes: Classes = {};
  for (const table of Object.values(schema)) {
    if (!is(table, Table)) continue; // an exported constant, not a table
    const columns = classifiedColumns(table).map(({ name, kind }) => [name, kind]);
    classes[getTableName(table)] = Object.fromEntries(columns);
  }
  return classes;
}

const SQLITE = classesOf(sqliteSchema);
const PG = classesOf(pgSchema);

function unclassified(columns: Columns, classes: Classes): string[] {
  return Object.entries(columns).flatMap(([table, names]) =>
    names.filter((name) => classes[table]?.[name] === undefined).map((name) => `${table}.${name}`),
  );
}

const columnsOf = (classes: Classes): Columns =>
  Object.fromEntries(Object.entries(classes).map(([table, columns]) => [table, Object.keys(columns)]));

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
  it('in the SQLite schema and the PostgreSQL schema, the same tables, columns and classes in both', () => {
    expect(Object.keys(SQLITE).length).toBeGreaterThanOrEqual(28);
    expect(unclassified(columnsOf(SQLITE), SQLITE)).toEqual([]);
    expect(unclassified(columnsOf(PG), PG)).toEqual([]);
    expect(PG).toEqual(SQLITE);
  });

  it('in the database the real migrations make', async () => {
    t = await createTestStore();
    const columns = await databaseColumns(t);
    expect(Object.keys(columns).length).toBeGreaterThanOrEqual(28);
    expect(unclassified(columns, onPostgres ? PG : SQLITE)).toEqual([]);
  });

  it('fails on a column added without a class, such as a nickname beside the sealed name', async () => {
    t = await createTestStore();
    await t.rows('ALTER TABLE people ADD COLUMN nickname TEXT');
    await t.rows('ALTER TABLE kaffe_pairs ADD COLUMN a_email TEXT');
    expect(unclassified(await databaseColumns(t), onPostgres ? PG : SQLITE).sort()).toEqual([
      'kaffe_pairs.a_email',
      'people.nickname',
    ]);
  });

  it('names every sealed column with a purpose and a form', () => {
    const sealed = Object.entries(SQLITE).flatMap(([table, columns]) =>
      Object.entries(columns).flatMap(([name, kind]) =>
        kind?.class === 'sealed' && kind.purpose && kind.form ? [`${table}.${name}`] : [],
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
