import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { packagePath } from '../../package-root.js';
import type { MigrationRun } from '../database.js';
import { COUNT_IMPORTED_RESPONDENTS } from '../shared-rows.js';

/** `migrations-pg/` at the package root. */
export function defaultPgMigrationsFolder(): string {
  return packagePath('migrations-pg');
}

// Any constant: every replica starting at once waits on the same lock, and one of them migrates.
const MIGRATION_LOCK = 727_001;

/**
 * Applies drizzle-kit's generated SQL files in journal order, each once, recorded in
 * `kulturpuls_migrations`. One transaction under an advisory lock: replicas starting together
 * migrate once, and a failed migration leaves nothing half-applied.
 */
export async function runPgMigrations(
  pool: Pool,
  folder: string = defaultPgMigrationsFolder(),
): Promise<MigrationRun & { tags: string[] }> {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const applied: string[] = [];
  let fresh = false;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      // Replicas starting together wait for the one migrating, however long that takes.
      await client.query('SET LOCAL lock_timeout = 0');
      await client.query('SET LOCAL statement_timeout = 0');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS kulturpuls_migrations (tag text PRIMARY KEY, applied_at text NOT NULL)',
      );
      const done = new Set(
        (await client.query<{ tag: string }>('SELECT tag FROM kulturpuls_migrations')).rows.map((r) => r.tag),
      );
      fresh = done.size === 0;
      for (const { tag } of journal.entries) {
        if (done.has(tag)) continue;
        const text = readFileSync(join(folder, `${tag}.sql`), 'utf8');
        for (const statement of text.split('--> statement-breakpoint')) {
          if (statement.trim()) await client.query(statement);
        }
        await client.query('INSERT INTO kulturpuls_migrations (tag, applied_at) VALUES ($1, $2)', [
          tag,
          new Date().toISOString(),
        ]);
        applied.push(tag);
      }
      // Pulses answered before per-sector counts existed (or imported) get them once, from participation.
      await client.query(COUNT_IMPORTED_RESPONDENTS);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
  return { applied: applied.length, fresh: fresh && applied.length > 0, tags: applied };
}
