import type { Database } from '../database.js';
import type { PgBridge } from '../pg/bridge.js';
import type { RawSql } from './seal-existing.js';

export function sqliteRaw(db: Database): RawSql {
  return {
    all: (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[],
    run: (sql, params = []) => void db.prepare(sql).run(...params),
    transaction: (fn) => db.transaction(fn).immediate(),
    compact() {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export function pgRaw(bridge: PgBridge): RawSql {
  return {
    all: (sql, params = []) => bridge.query(numbered(sql), params).rows as Record<string, unknown>[],
    run: (sql, params = []) => void bridge.query(numbered(sql), params),
    transaction(fn) {
      bridge.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      try {
        fn();
        bridge.query('COMMIT');
      } catch (error) {
        bridge.query('ROLLBACK');
        throw error;
      }
    },
    // Old row versions go with VACUUM FULL; WAL segments already written (and any archive) keep theirs
    // until PostgreSQL recycles them (PRIVACY.md says so).
    compact(tables) {
      for (const table of tables) bridge.query(`VACUUM FULL ${table}`);
    },
  };
}
