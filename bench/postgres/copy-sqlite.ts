// Copies a Kulturpuls SQLite file (the digest bench's demo data) into a freshly migrated PostgreSQL
// database, table by table, so both stores are timed on the same rows.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { createPgStore, runPgMigrations } from '../../src/storage/pg/index.js';

/** Rows per INSERT (PostgreSQL takes at most 65,535 parameters per statement). */
const BATCH_PARAMS = 30_000;

export async function copySqliteToPg(sqlitePath: string, url: string): Promise<Record<string, number>> {
  // The store only lends its pool to the migrations: nothing is sealed here, so any secret will do.
  const store = createPgStore(url, 'bench-copy-sqlite-migrations-only');
  try {
    await runPgMigrations(store.pool);
  } finally {
    await store.close();
  }
  const source = new BetterSqlite3(sqlitePath, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    const columns = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'kulturpuls_migrations' ORDER BY table_name, ordinal_position`,
    );
    const tables = new Map<string, { name: string; type: string }[]>();
    for (const c of columns.rows) {
      const list = tables.get(c.table_name) ?? [];
      list.push({ name: c.column_name, type: c.data_type });
      tables.set(c.table_name, list);
    }
    const inSqlite = new Set(
      (source.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    await client.query('BEGIN');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    // Foreign keys: the parents first (pulses before their answers, reflections before next steps).
    const order = [...tables.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const table of order) {
      const cols = tables.get(table) ?? [];
      if (!inSqlite.has(table)) continue;
      const names = cols.map((c) => `"${c.name}"`).join(', ');
      const rows = source.prepare(`SELECT ${names} FROM "${table}"`).raw().all() as unknown[][];
      const perBatch = Math.max(1, Math.floor(BATCH_PARAMS / cols.length));
      for (let i = 0; i < rows.length; i += perBatch) {
        const batch = rows.slice(i, i + perBatch);
        const params: unknown[] = [];
        const values = batch.map((row) => {
          const slots = cols.map((c, j) => {
            const value = row[j];
            params.push(c.type === 'boolean' && value !== null ? Boolean(value) : value);
            return `$${params.length}`;
          });
          return `(${slots.join(', ')})`;
        });
        await client.query(`INSERT INTO "${table}" (${names}) VALUES ${values.join(', ')}`, params);
      }
      copied[table] = rows.length;
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
    source.close();
  }
  return copied;
}

function rank(table: string): number {
  if (table === 'pulses' || table === 'people' || table === 'reflections') return 0;
  return 1;
}
