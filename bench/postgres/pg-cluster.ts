// A throwaway PostgreSQL cluster for the bench (scripts/pg-test-cluster.sh: initdb in a temp folder,
// non-root, a free port on 127.0.0.1), and fresh databases on it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../lib/proc.js';

export interface PgCluster {
  /** The server URL (database `postgres`). */
  url: string;
  /** A new empty database; its URL. */
  createDatabase(prefix: string): Promise<string>;
  stop(): void;
}

const SCRIPT = join(ROOT, 'scripts', 'pg-test-cluster.sh');

export async function startPgCluster(): Promise<PgCluster> {
  const scratch = mkdtempSync(join(tmpdir(), 'kulturpuls-bench-pg-'));
  const dirFile = join(scratch, 'dir');
  const url = execFileSync(SCRIPT, ['start'], {
    env: { ...process.env, KULTURPULS_PG_DIR_FILE: dirFile },
    encoding: 'utf8',
  }).trim();
  const dir = readFileSync(dirFile, 'utf8').trim();
  return {
    url,
    async createDatabase(prefix) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
      } finally {
        await client.end();
      }
      const db = new URL(url);
      db.pathname = `/${name}`;
      return db.toString();
    },
    stop() {
      execFileSync(SCRIPT, ['stop', dir]);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
