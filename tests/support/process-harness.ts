// Runs the real bot as a child process (`node --import tsx src/main.ts start`) against local fakes,
// so a test can SIGKILL it mid-work, start it again, or run several replicas on one database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase, runMigrations } from '../../src/storage/database.js';
import { createPgStore, runPgMigrations } from '../../src/storage/pg/index.js';
import { createTestPgDatabase, pgQuery, TEST_DIALECT } from './database.js';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const PROCESS_SECRET = 'reliability-secret-0123456789abcdef';

/** `KULTURPULS_TEST_STORE=postgres` runs the process tests on a fresh database on `KULTURPULS_TEST_PG`. */
export const TEST_STORE = TEST_DIALECT;
export type TestStoreKind = typeof TEST_DIALECT;

/** A folder with a config, on the store the run selects: a SQLite file in it, or a fresh PostgreSQL database. */
export interface Workspace {
  kind: TestStoreKind;
  dir: string;
  /** What the bot and the CLI get as KULTURPULS_DB: the SQLite file, or the PostgreSQL URL. */
  dbPath: string;
  configPath: string;
  /** Environment for the bot and the CLI (add platform variables per test). */
  env: Record<string, string>;
  writeConfig(yaml: string): void;
  /** Rows of one statement (`?` placeholders) through a short-lived connection; numbers may be strings on PostgreSQL. */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The number in the first row's `n`. */
  count(sql: string, ...params: unknown[]): Promise<number>;
  /** Outbox rows by status. */
  outboxCounts(): Promise<Record<string, number>>;
  /** Add to a process's environment to have its clock follow `setTime` (see FAKE_CLOCK). */
  clockEnv: Record<string, string>;
  /** Moves the clock of every process started with `clockEnv` to `at`, from where it runs on in real time. */
  setTime(at: Date): void;
  /** Removes the folder and, on PostgreSQL, drops the database. */
  remove(): Promise<void>;
}

export interface WorkspaceOptions {
  prefix?: string;
  /** Migrated before the test (default), or left for the bot or `restore` to create. */
  migrate?: boolean;
  /** SQLite: the folder the database file goes in (a small disk, say), instead of the workspace's `data`. */
  dataDir?: string;
}

function sqliteRows<T>(file: string, sql: string, params: unknown[]): T[] {
  const db = new BetterSqlite3(file);
  db.pragma('busy_timeout = 5000');
  try {
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

async function openDatabaseFor(
  kind: TestStoreKind,
  dbPath: string,
  migrate: boolean,
): Promise<{ url: string; rows<T>(sql: string, params: unknown[]): Promise<T[]>; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    if (migrate) {
      mkdirSync(dirname(dbPath), { recursive: true });
      const db = openDatabase(dbPath);
      runMigrations(db);
      db.close();
    }
    return {
      url: dbPath,
      rows: async (sql, params) => sqliteRows(dbPath, sql, params),
      drop: async () => {},
    };
  }
  const database = await createTestPgDatabase();
  if (migrate) {
    const store = createPgStore(database.url, PROCESS_SECRET);
    try {
      await runPgMigrations(store.pool);
    } finally {
      await store.close();
    }
  }
  return {
    url: database.url,
    rows: (sql, params) => pgQuery(database.url, sql, params),
    drop: database.drop,
  };
}

export async function createWorkspace(options: WorkspaceOptions = {}): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'kulturpuls-rel-'));
  const configPath = join(dir, 'kulturpuls.yaml');
  writeFileSync(configPath, 'organisation: Testvik kommune\n');
  const clockFile = join(dir, 'clock-offset');
  writeFileSync(clockFile, '0');
  const file = join(options.dataDir ?? join(dir, 'data'), 'kulturpuls.db');
  const database = await openDatabaseFor(TEST_STORE, file, options.migrate ?? true);
  const rows = <T>(sql: string, ...params: unknown[]) => database.rows<T>(sql, params);
  return {
    kind: TEST_STORE,
    dir,
    dbPath: database.url,
    configPath,
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_CONFIG: configPath,
      KULTURPULS_SECRET: PROCESS_SECRET,
      LOG_LEVEL: 'warn',
    },
    writeConfig: (yaml) => writeFileSync(configPath, yaml),
    rows,
    count: async (sql, ...params) => Number((await rows<{ n: number | string }>(sql, ...params))[0]?.n ?? 0),
    async outboxCounts() {
      const counts = await rows<{ status: string; n: number | string }>(
        'SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status',
      );
      return Object.fromEntries(counts.map((r) => [r.status, Number(r.n)]));
    },
    clockEnv: { KULTURPULS_TEST_CLOCK_FILE: clockFile },
    setTime: (at) => writeFileSync(clockFile, String(at.getTime() - Date.now())),
    async remove() {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface BotProcess {
  child: ChildProcess;
  port: number;
  base: string;
  output(): string;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  exited: Promise<number | string>;
  kill(signal: NodeJS.Signals): Promise<number | string>;
}

/**
 * Loaded before the bot when `KULTURPULS_TEST_CLOCK_FILE` is set: `Date` runs that many milliseconds
 * (the file's content) ahead of the real clock, re-read at most every 50 ms, so a test can move every
 * replica's clock at once. Timers stay real; the bot's tick runs at start and every (fake) minute.
 */
const FAKE_CLOCK = `import { readFileSync } from 'node:fs';
const file = process.env.KULTURPULS_TEST_CLOCK_FILE;
const Real = Date;
const realNow = Real.now.bind(Real);
let offset = 0;
let checked = -Infinity;
function now() {
  const real = realNow();
  if (real - checked > 50) {
    checked = real;
    try { offset = Number(readFileSync(file, 'utf8')) || 0; } catch {}
  }
  return real + offset;
}
class FakeDate extends Real {
  constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
  static now() { return now(); }
}
globalThis.Date = FakeDate;`;

/**
 * Starts `kulturpuls start` and waits until it says it is running. The budget is generous: on a busy
 * machine a start takes many times its usual second or two, and a failure to start shows long before.
 */
export async function startBot(env: Record<string, string>, timeoutMs = PATIENCE_MS): Promise<BotProcess> {
  const port = await freePort();
  const clock = env.KULTURPULS_TEST_CLOCK_FILE
    ? ['--import', `data:text/javascript,${encodeURIComponent(FAKE_CLOCK)}`]
    : [];
  const child = spawn(process.execPath, [...clock, '--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<number | string>((done) => {
    child.once('exit', (code, signal) => done(code ?? signal ?? -1));
  });
  const started = Date.now();
  while (!output.includes('Kulturpuls is running')) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`bot exited before it was ready:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`bot did not start in ${timeoutMs} ms:\n${output}`);
    }
    await sleep(25);
  }
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * How long a test waits for a real process to do something before it fails: generous, since a busy
 * machine runs many times slower than a quiet one, and a passing test never waits it out.
 */
export const PATIENCE_MS = 120_000;

/** Polls `check` until it returns a truthy value. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = PATIENCE_MS,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** Prometheus text → `name{labels}` → value. */
export async function metrics(base: string): Promise<Map<string, number>> {
  const res = await fetch(`${base}/metrics`);
  const out = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/** How many times each key occurs: the per-target tally the exactly-once checks compare. */
export function tally(keys: string[]): { counts: Map<string, number>; doubled: number; distinct: number } {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  let doubled = 0;
  for (const n of counts.values()) if (n > 1) doubled += n - 1;
  return { counts, doubled, distinct: counts.size };
}

/** What a test starts, ended after it: the bots first (kill -9), then the rest in reverse order. */
export function endAfterEach() {
  const bots: BotProcess[] = [];
  const closers: (() => unknown)[] = [];
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.kill('SIGKILL');
    for (const close of closers.splice(0).reverse()) await close();
  });
  return {
    bots,
    /** `value`, closed with `close` after the test. */
    track<T>(value: T, close: (value: T) => unknown): T {
      closers.push(() => close(value));
      return value;
    },
  };
}
