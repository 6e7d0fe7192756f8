import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { parseEnv } from '../../src/config/env.js';
import { isTransientStorageError, storageErrorCode } from '../../src/core/errors.js';
import { createPgStore, runPgMigrations } from '../../src/storage/pg/index.js';
import { buildPulse } from '../support/builders.js';
import {
  createTestPgDatabase,
  createTestStore,
  onPostgres,
  pgQuery,
  type TestStore,
  testPgUrl,
} from '../support/database.js';
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
  let extra: { close(): Promise<void> } | undefined;
  let dropLater: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await extra?.close();
    await t?.close();
    await dropLater?.();
    t = extra = dropLater = undefined;
  });

  const failureOf = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (caught) {
      return caught;
    }
    throw new Error('expected a failure');
  };

  it('passes PostgreSQL errors on with their SQLSTATE code', async () => {
    t = await createTestStore();
    await t.store.pulses.create(buildPulse({ id: 'p1' }));
    const error = await failureOf(t.store.pulses.create(buildPulse({ id: 'p1' })));
    expect(storageErrorCode(error)).toBe('23505');
    expect(isTransientStorageError(error)).toBe(false);
  });

  it('ends a long statement at the statement timeout set on the URL, and the pool goes on', async () => {
    const database = await createTestPgDatabase();
    dropLater = database.drop;
    const url = new URL(database.url);
    url.searchParams.set('statement_timeout', '300');
    const store = createPgStore(url.toString(), SECRET);
    extra = store;
    expect(store.limits.statement_timeout).toBe(300);
    const error = await failureOf(store.sql('SELECT pg_sleep(5)'));
    expect(storageErrorCode(error)).toBe('57014');
    expect(isTransientStorageError(error)).toBe(true);
    expect(await store.sql('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('prepares the vote path by name on each connection, and not at all with prepared_statements=0', async () => {
    const database = await createTestPgDatabase();
    dropLater = database.drop;
    const namesOn = async (preparedStatements: '1' | '0') => {
      const url = new URL(database.url);
      // One connection: the statements it prepared are the ones pg_prepared_statements lists for it.
      url.searchParams.set('pool_size', '1');
      url.searchParams.set('prepared_statements', preparedStatements);
      const store = createPgStore(url.toString(), SECRET);
      try {
        await runPgMigrations(store.pool);
        const id = `p${preparedStatements}`;
        await store.pulses.create(buildPulse({ id }));
        for (let i = 0; i < 2; i += 1) {
          expect((await store.pulses.get(id))?.id).toBe(id);
          await store.transaction(async (tx) => tx.people.get('slack:U1'));
        }
        return (await store.sql<{ name: string }>('SELECT name FROM pg_prepared_statements')).map(
          (r) => r.name,
        );
      } finally {
        await store.close();
      }
    };
    const named = await namesOn('1');
    // The pulse by id and the person by key: one named statement each, however often they ran.
    expect(named).toHaveLength(2);
    for (const name of named) expect(name).toMatch(/^kp_[A-Za-z0-9_-]{24}$/);
    expect(await namesOn('0')).toEqual([]);
  });

  it('rejects a limit on the URL that is not a whole number', () => {
    expect(() => createPgStore('postgres://kp@127.0.0.1/kp?pool_size=many', SECRET)).toThrow(/pool_size/);
  });

  it('never finishes a transaction on a new connection after the old one was lost', async () => {
    t = await createTestStore();
    const { store, path } = t;
    const error = await failureOf(
      store.transaction(async (tx) => {
        await tx.pulses.create(buildPulse({ id: 'before-loss' }));
        await pgQuery(
          path,
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        await tx.pulses.create(buildPulse({ id: 'after-loss' }));
      }),
    );
    expect(storageErrorCode(error)).toMatch(/^(08|57P01)/);
    expect(isTransientStorageError(error)).toBe(true);
    // Nothing of the transaction was written, and the store works again on a new connection.
    expect(await store.pulses.get('before-loss')).toBeUndefined();
    expect(await store.pulses.get('after-loss')).toBeUndefined();
    await store.pulses.create(buildPulse({ id: 'next' }));
    expect((await store.pulses.get('next'))?.id).toBe('next');
  });

  it('migrates from the CLI and points backup and restore to pg_dump and pg_restore', async () => {
    const database = await createTestPgDatabase();
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
    const { username, host, pathname } = new URL(database.url);
    expect(out.join('\n')).toMatch(/^Created the database tables \(\d+ migrations applied\)\./);
    expect(out.join('\n')).toContain(`Database: PostgreSQL ${username}@${host}${pathname}`);
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
    const ws = await createWorkspace();
    const { app, base } = await startInProcess(ws.env, {});
    try {
      const health = async () => {
        const res = await fetch(`${base}/healthz`);
        return { status: res.status, database: ((await res.json()) as { database: string }).database };
      };
      expect(await health()).toEqual({ status: 200, database: 'ok' });
      const name = new URL(ws.dbPath).pathname.slice(1);
      await pgQuery(testPgUrl(), `DROP DATABASE ${name} WITH (FORCE)`);
      expect(await health()).toEqual({ status: 503, database: 'unreachable' });
    } finally {
      await app.stop();
      await ws.remove();
    }
  });
});
