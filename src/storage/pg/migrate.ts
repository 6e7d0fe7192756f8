import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgBridge } from './bridge.js';
import { countImportedRespondents } from './participation-repository.js';

/** `migrations-pg/` at the package root: three levels up from `src/storage/pg/` and `dist/storage/pg/`. */
export function defaultPgMigrationsFolder(): string {
  return fileURLToPath(new URL('../../../migrations-pg', import.meta.url));
}

// Any constant: every replica starting at once waits on the same lock, and one of them migrates.
const MIGRATION_LOCK = 727_001;

/**
 * Applies drizzle-kit's generated SQL files in journal order, each once, recorded in
 * `kulturpuls_migrations`. One transaction under an advisory lock: replicas starting together
 * migrate once, and a failed migration leaves nothing half-applied.
 */
export function runPgMigrations(bridge: PgBridge, folder: string = defaultPgMigrationsFolder()): string[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const applied: string[] = [];
  bridge.query('BEGIN');
  try {
    // Replicas starting together wait for the one migrating, however long that takes.
    bridge.query('SET LOCAL lock_timeout = 0');
    bridge.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    bridge.query(
      'CREATE TABLE IF NOT EXISTS kulturpuls_migrations (tag text PRIMARY KEY, applied_at text NOT NULL)',
    );
    const done = new Set(
      (bridge.query('SELECT tag FROM kulturpuls_migrations').rows as { tag: string }[]).map((r) => r.tag),
    );
    for (const { tag } of journal.entries) {
      if (done.has(tag)) continue;
      const text = readFileSync(join(folder, `${tag}.sql`), 'utf8');
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) bridge.query(statement);
      }
      bridge.query('INSERT INTO kulturpuls_migrations (tag, applied_at) VALUES ($1, $2)', [
        tag,
        new Date().toISOString(),
      ]);
      applied.push(tag);
    }
    countImportedRespondents(bridge);
    bridge.query('COMMIT');
  } catch (error) {
    bridge.query('ROLLBACK');
    throw error;
  }
  return applied;
}
