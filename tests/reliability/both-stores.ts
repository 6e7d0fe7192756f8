import { createPgStore, runPgMigrations } from '../../src/storage/pg/index.js';
import { createTestPgDatabase, onPostgres, pgQuery } from '../support/database.js';
import { PROCESS_SECRET, type Workspace } from '../support/process-harness.js';
import { type StoreOpener, seedTeamsConversations } from '../support/reliability-fixtures.js';

/** A process workspace on the run's store, read through `rows` on both. */
export interface TestWorkspace extends Workspace {
  /** Rows of one statement on the workspace's database (`?` placeholders), through a short-lived connection. */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Removes the folder and, on PostgreSQL, drops the database. */
  remove(): Promise<void>;
}

/**
 * On the PostgreSQL run, points a process workspace at a fresh database of its own (migrated; dropped
 * by `remove()`). On the SQLite run the workspace reads its file. `query` (a synchronous SQLite
 * connection) is SQLite's only: read through `rows` on both.
 */
export async function onTestDatabase(ws: Workspace): Promise<TestWorkspace> {
  if (!onPostgres)
    return {
      ...ws,
      rows: async <T>(sql: string, ...params: unknown[]) =>
        ws.query((db) => {
          const statement = db.prepare(sql);
          if (statement.reader) return statement.all(...params) as T[];
          statement.run(...params);
          return [];
        }),
      remove: async () => ws.remove(),
    };
  const database = await createTestPgDatabase();
  const store = createPgStore(database.url, PROCESS_SECRET);
  try {
    await runPgMigrations(store.pool);
  } finally {
    await store.close();
  }
  ws.env.KULTURPULS_DB = database.url;
  return {
    ...ws,
    dbPath: database.url,
    query() {
      throw new Error('query reads the SQLite file; on PostgreSQL read through rows()');
    },
    rows: <T>(sql: string, ...params: unknown[]) => pgQuery<T>(database.url, sql, params),
    async remove() {
      await database.drop();
      ws.remove();
    },
  };
}

/** Outbox rows by status on either store. */
export async function outboxCountsOf(ws: TestWorkspace): Promise<Record<string, number>> {
  const rows = await ws.rows<{ status: string; n: number | string }>(
    'SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** `seedTeamsConversations` on the store the run selects. */
export async function seedTeams(ws: Workspace, n: number, serviceUrl: string): Promise<void> {
  await seedTeamsConversations(ws, n, serviceUrl, onPostgres ? openPgStore : undefined);
}

const openPgStore: StoreOpener = (ws) => {
  const store = createPgStore(ws.dbPath, PROCESS_SECRET);
  return { store, close: () => store.close() };
};
