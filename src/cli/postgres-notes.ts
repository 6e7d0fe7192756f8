import { isPostgresUrl } from '../config/database-url.js';
import type { AppConfig } from '../config.js';
import type { CliIo } from './io.js';

const PG_TOOLS: Record<'backup' | 'restore', string> = {
  backup:
    'On PostgreSQL, back up with pg_dump: pg_dump --format=custom --file=kulturpuls.dump "$KULTURPULS_DB" (keep KULTURPULS_SECRET apart from the dump).',
  restore:
    'On PostgreSQL, restore with pg_restore into an empty database: pg_restore --dbname="$KULTURPULS_DB" --no-owner kulturpuls.dump, then run kulturpuls migrate.',
};

/** `backup`/`restore` copy a SQLite file; on PostgreSQL they point to its own tools instead. */
export function pointToPgTools(io: CliIo, config: AppConfig, command: 'backup' | 'restore'): boolean {
  if (!isPostgresUrl(config.env.dbPath)) return false;
  io.err(PG_TOOLS[command]);
  return true;
}
