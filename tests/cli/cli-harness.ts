import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/ports.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { type Database, openDatabase } from '../../src/storage/index.js';
import { createSealer, type Sealer } from '../../src/storage/sealed/sealer.js';
import { createAppDatabase } from '../support/app-database.js';
import { onPostgres, pgQuery } from '../support/database.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliHarness {
  dir: string;
  /** Opens what the CLI's store sealed (with the harness's secret), as the bot itself would. */
  sealer: Sealer;
  /** The SQLite file in the test's folder, or (`KULTURPULS_TEST_STORE=postgres`) a fresh database's URL. */
  dbPath: string;
  configPath: string;
  env: Record<string, string>;
  /** `kulturpuls ARGS` with a capturing io: what it printed and its exit code. */
  run(args: string[]): Promise<CliRun>;
  write(name: string, text: string): string;
  /** The same database through the real runtime, for checks and for fixed-time calls. */
  runtime(clock?: Clock): Promise<Runtime>;
  /** A raw SQLite file (this test's database on SQLite, or another file such as a backup). */
  db(path?: string): Database;
  /** Rows of a query on this test's database through a connection of its own, `?` placeholders, on both stores. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
}

/** A temp folder per test with a config file and a database path, handed to the CLI through `io.env`. */
export function useCli(): () => Promise<CliHarness> {
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-cli-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const configPath = write('kulturpuls.yaml', 'organisation: Testvik kommune\n');
    const database = await createAppDatabase(join(dir, 'data'));
    // Registered first, so it runs last: after every runtime and connection below is closed.
    cleanups.push(() => database.close());
    const dbPath = database.url;
    const env = {
      KULTURPULS_DB: dbPath,
      KULTURPULS_CONFIG: configPath,
      KULTURPULS_SECRET: 'cli-test-secret-0123456789abcdef',
      LOG_LEVEL: 'error',
    };
    return {
      dir,
      sealer: createSealer(env.KULTURPULS_SECRET),
      dbPath,
      configPath,
      env,
      write,
      async run(args) {
        const out: string[] = [];
        const err: string[] = [];
        const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), env };
        const code = await runCli(args, io);
        return { code, out: out.join('\n'), err: err.join('\n') };
      },
      async runtime(clock) {
        const loaded = loadConfig({ env });
        if (!loaded.ok) throw new Error(`test config invalid: ${JSON.stringify(loaded.problems)}`);
        // Awaited: opening (and migrating) the database may be asynchronous with the rewritten storage.
        const runtime = await openRuntime(loaded.config, {
          ...(clock ? { clock } : {}),
          logger: silentLogger,
        });
        cleanups.push(async () => await runtime.close());
        return runtime;
      },
      async query(sql, ...params) {
        if (onPostgres) return pgQuery(dbPath, sql, params);
        const db = openDatabase(dbPath);
        try {
          return db.prepare(sql).all(...params) as never[];
        } finally {
          db.close();
        }
      },
      db(path = dbPath) {
        if (onPostgres && path === dbPath)
          throw new Error('db() opens SQLite files; on PostgreSQL use query()');
        const db = openDatabase(path);
        cleanups.push(() => {
          if (db.open) db.close();
        });
        return db;
      },
    };
  };
}
