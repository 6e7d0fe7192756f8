import pg, { type Pool } from 'pg';
import type { RawSql } from '../sealed/seal-existing.js';

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

type Queryable = Pick<Pool, 'query'>;

// JSON comes back as its text, as from SQLite: the sealing pass reads and writes the stored text.
const JSON_OIDS = new Set([pg.types.builtins.JSON, pg.types.builtins.JSONB]);
const types = {
  getTypeParser: ((oid: number, format?: 'text') =>
    JSON_OIDS.has(oid) ? String : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function pgRaw(pool: Pool): RawSql {
  const over = (client: Queryable): RawSql => ({
    all: async (sql, params = []) =>
      (await client.query({ text: numbered(sql), values: params, types })).rows,
    run: async (sql, params = []) => void (await client.query(numbered(sql), params)),
    async transaction(body) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        try {
          await body(over(tx));
          await tx.query('COMMIT');
        } catch (error) {
          await tx.query('ROLLBACK').catch(() => {});
          throw error;
        }
      } finally {
        tx.release();
      }
    },
    // Old row versions go with VACUUM FULL; WAL segments already written (and any archive) keep theirs
    // until PostgreSQL recycles them (PRIVACY.md says so).
    async compact(tables) {
      for (const table of tables) await client.query(`VACUUM FULL ${table}`);
    },
  });
  return over(pool);
}
