import type { Database } from '../database.js';
import type { RawSql } from './seal-existing.js';

export function sqliteRaw(db: Database): RawSql {
  const raw: RawSql = {
    all: async (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[],
    run: async (sql, params = []) => void db.prepare(sql).run(...params),
    async transaction(body) {
      db.exec('BEGIN IMMEDIATE');
      try {
        await body(raw);
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    async compact() {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
  return raw;
}
