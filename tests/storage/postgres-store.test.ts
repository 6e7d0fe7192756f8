import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { parseEnv } from '../../src/config/env.js';
import { isTransientStorageError } from '../../src/core/errors.js';
import { createPgBridge, type PgBridge, PgError } from '../../src/storage/pg/index.js';
import { onTestDatabase } from '../reliability/both-stores.js';
import { buildPulse } from '../support/builders.js';
import { createTestPgDatabase, createTestStore, onPostgres, type TestStore } from '../support/database.js';
import { createWorkspace } from '../support/process-harness.js';
import { startInProcess } from '../support/reliability-app.js';

const SECRET = 'test-secret-0123456789abcdef';

describe('selecting PostgreSQL', () => {
  it('needs KULTURPULS_SECRET with a postgres:// URL, and not with a file path', () => {
    for (const url of ['postgres://kp@127.0.0.1/kp', 'postgresql://kp@127.0.0.1/kp']) {
      const result = parseEnv({ KULTURPULS_DB: url });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toEqual([expect.objectContaining({ path: 'env.KULTURPULS_SECRET' })]);
      expect(result.problems[0]?.message).toMatch(/PostgreSQL/);
      expect(parseEnv({ KULTURPULS_DB: url, KULTURPULS_SECRET: SECRET }).ok).toBe(true);
    }
    expect(parseEnv({ KULTURPULS_DB: './data/kp.db' }).ok).toBe(true);
  });
});

describe.runIf(onPostgres)('the PostgreSQL store', () => {
  let t: TestStore | undefined;
  let bridge: PgBridge | undefined;
  let dropLater: (() => void) | undefined;
  afterEach(() => {
    t?.close();
    bridge?.close();
    dropLater?.();
    t = bridge = dropLater = undefined;
  });

  it('re-throws PostgreSQL errors with their SQLSTATE code', () => {
    t = createTestStore();
    t.store.pulses.create(buildPulse({ id: 'p1' }));
    const error = (() => {
      try {
        t.store.pulses.create(buildPulse({ id: 'p1' }));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PgError);
    expect((error as PgError).code).toBe('23505');
  });

  it('ends a hung query with a clear error instead of freezing the process', () => {
    const database = createTestPgDatabase();
    dropLater = database.drop;
    bridge = createPgBridge(database.url, { timeoutMs: 300 });
    const started = Date.now();
    expect(() => bridge?.query('SELECT pg_sleep(5)')).toThrow(PgError);
    try {
      bridge.query('SELECT pg_sleep(5)');
    } catch (error) {
      expect((error as PgError).code).toBe('57014');
    }
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(bridge.query('SELECT 1 AS one').rows).toEqual([{ one: 1 }]);
  });

  it('never finishes a transaction on a new connection after the old one was lost', () => {
    t = createTestStore();
    const store = t.store;
    // A second connection to the same database, to end the store's connection from outside.
    const admin = createPgBridge(t.path);
    bridge = admin;
    const error = (() => {
      try {
        store.transaction(() => {
          store.pulses.create(buildPulse({ id: 'before-loss' }));
          admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
          );
          store.pulses.create(buildPulse({ id: 'after-loss' }));
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PgError);
    expect((error as PgError).code).toMatch(/^08/);
    expect(isTransientStorageError(error)).toBe(true);
    // Nothing of the transaction was written, and the store works again on a new connection.
    expect(store.pulses.get('before-loss')).toBeUndefined();
    expect(store.pulses.get('after-loss')).toBeUndefined();
    store.pulses.create(buildPulse({ id: 'next' }));
    expect(store.pulses.get('next')?.id).toBe('next');
  });

  it('keeps the outer transaction when a nested one fails (a savepoint)', () => {
    t = createTestStore();
    const store = t.store;
    store.transaction(() => {
      store.pulses.create(buildPulse({ id: 'outer' }));
      expect(() =>
        store.transaction(() => {
          store.pulses.create(buildPulse({ id: 'inner' }));
          store.pulses.create(buildPulse({ id: 'outer' }));
        }),
      ).toThrow();
      store.pulses.create(buildPulse({ id: 'after' }));
    });
    expect(t.rows('SELECT id FROM pulses ORDER BY id')).toEqual([{ id: 'after' }, { id: 'outer' }]);
  });

  it('migrates from the CLI and points backup and restore to pg_dump and pg_restore', async () => {
    const database = createTestPgDatabase();
    dropLater = database.drop;
    const out: string[] = [];
    const err: string[] = [];
    const env = {
      KULTURPULS_DB: database.url,
      KULTURPULS_SECRET: SECRET,
    };
    const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), env };
    const migrated = await runCli(['migrate'], io);
    expect(err).toEqual([]);
    expect(migrated).toBe(0);
    expect(out.join('\n')).toContain(`Database is up to date: ${database.url}`);
    expect(await runCli(['backup', '/tmp/kp-never-written.db'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/pg_dump/);
    expect(await runCli(['restore', '/tmp/kp-never-written.db'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/pg_restore/);
    expect(await runCli(['export', '--user', 'local:kari'], io)).toBe(0);
    const missing: CliIo = {
      ...io,
      env: { KULTURPULS_DB: database.url },
    };
    expect(await runCli(['migrate'], missing)).toBe(1);
    expect(err.join('\n')).toMatch(/KULTURPULS_SECRET/);
  });

  it('reports the database unreachable on /healthz (503) when it is gone, and ok while it is there', async () => {
    const ws = onTestDatabase(createWorkspace());
    const { app, base } = await startInProcess(ws, {});
    try {
      const health = async () => {
        const res = await fetch(`${base}/healthz`);
        return { status: res.status, database: ((await res.json()) as { database: string }).database };
      };
      expect(await health()).toEqual({ status: 200, database: 'ok' });
      const name = new URL(ws.dbPath).pathname.slice(1);
      bridge = createPgBridge(process.env.KULTURPULS_TEST_PG as string);
      bridge.query(`DROP DATABASE ${name} WITH (FORCE)`);
      expect(await health()).toEqual({ status: 503, database: 'unreachable' });
    } finally {
      await app.stop();
      ws.remove();
    }
  });
});
