import pg from 'pg';
import { pgPoolConfig } from './pool-settings.js';

/**
 * One connection before the pool opens, ended whatever happens. node-postgres's pool forgets a
 * connection that failed without closing its socket: after a SCRAM error (no password in the URL) the
 * server keeps it until its authentication_timeout (60 s), and the process cannot exit until then.
 */
export async function tryFirstConnection(url: string): Promise<void> {
  const client = new pg.Client(pgPoolConfig(url).config);
  try {
    await client.connect();
  } finally {
    await client.end().catch(() => {});
  }
}
