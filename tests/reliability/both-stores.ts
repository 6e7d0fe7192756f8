// Runs the reliability tests on the store the run selects: a process workspace gets its own PostgreSQL
// database on the PostgreSQL run (KULTURPULS_TEST_STORE=postgres), its SQLite file otherwise.
import type { RuntimeDatabase } from '../../src/runtime.js';
import type { Database } from '../../src/storage/database.js';
import { createPgBridge, createPgStore, runPgMigrations } from '../../src/storage/pg/index.js';
import { createTestPgDatabase, onPostgres, sqliteShaped } from '../support/database.js';
import { PROCESS_SECRET, type Workspace } from '../support/process-harness.js';
import { type StoreOpener, seedTeamsConversations } from '../support/reliability-fixtures.js';

/** The runtime's database as a SQLite-shaped handle on either dialect. */
export const runtimeDb = (database: RuntimeDatabase): Database =>
  database.dialect === 'sqlite' ? database.db : sqliteShaped(database.bridge);

/**
 * On the PostgreSQL run, points a process workspace at a fresh database of its own (migrated; dropped
 * by `remove()`), and its `query` at it. On the SQLite run the workspace is returned as it is.
 */
export function onTestDatabase(ws: Workspace): Workspace {
  if (!onPostgres) return ws;
  const database = createTestPgDatabase();
  const bridge = createPgBridge(database.url);
  runPgMigrations(bridge);
  ws.env.KULTURPULS_DB = database.url;
  return {
    ...ws,
    dbPath: database.url,
    query: (fn) => fn(sqliteShaped(bridge) as never),
    remove() {
      bridge.close();
      database.drop();
      ws.remove();
    },
  };
}

/** `seedTeamsConversations` on the store the run selects. */
export async function seedTeams(ws: Workspace, n: number, serviceUrl: string): Promise<void> {
  await seedTeamsConversations(ws, n, serviceUrl, onPostgres ? openPgStore : undefined);
}

const openPgStore: StoreOpener = (ws) => {
  const store = createPgStore(ws.dbPath, PROCESS_SECRET);
  return { store, close: () => store.close() };
};
