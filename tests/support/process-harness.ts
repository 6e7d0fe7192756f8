// Runs the real bot as a child process (`node --import tsx src/main.ts start`) against local fakes,
// so a test can SIGKILL it mid-work, start it again, or run several replicas on one database.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const PROCESS_SECRET = 'reliability-secret-0123456789abcdef';

export interface Workspace {
  dir: string;
  dbPath: string;
  configPath: string;
  /** Environment for the bot and the CLI (add platform variables per test). */
  env: Record<string, string>;
  writeConfig(yaml: string): void;
  /** A short-lived read connection to the database file (closed after `fn`). */
  query<T>(fn: (db: BetterSqlite3.Database) => T): T;
  remove(): void;
}

export function createWorkspace(prefix = 'kulturpuls-rel-'): Workspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dbPath = join(dir, 'data', 'kulturpuls.db');
  const configPath = join(dir, 'kulturpuls.yaml');
  writeFileSync(configPath, 'organisation: Testvik kommune\n');
  return {
    dir,
    dbPath,
    configPath,
    env: {
      KULTURPULS_DB: dbPath,
      KULTURPULS_CONFIG: configPath,
      KULTURPULS_SECRET: PROCESS_SECRET,
      LOG_LEVEL: 'warn',
    },
    writeConfig: (yaml) => writeFileSync(configPath, yaml),
    query(fn) {
      const db = new BetterSqlite3(dbPath);
      db.pragma('busy_timeout = 5000');
      try {
        return fn(db);
      } finally {
        db.close();
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
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

/** Starts `kulturpuls start` and waits until it says it is running. */
export async function startBot(env: Record<string, string>, timeoutMs = 20_000): Promise<BotProcess> {
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

/** Polls `check` until it returns a truthy value. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs: number,
  what = 'condition',
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

/** Outbox rows by status, read straight from the file. */
export function outboxCounts(ws: Workspace): Record<string, number> {
  return ws.query((db) => {
    const rows = db.prepare('SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status').all() as {
      status: string;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  });
}

/** How many times each key occurs: the per-target tally the exactly-once checks compare. */
export function tally(keys: string[]): { counts: Map<string, number>; doubled: number; distinct: number } {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  let doubled = 0;
  for (const n of counts.values()) if (n > 1) doubled += n - 1;
  return { counts, doubled, distinct: counts.size };
}

/** `KULTURPULS_TEST_STORE=postgres` runs the replica tests on a fresh database on `KULTURPULS_TEST_PG`. */
export type TestStoreKind = 'sqlite' | 'postgres';
export const TEST_STORE: TestStoreKind =
  process.env.KULTURPULS_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

export interface StoreWorkspace extends Workspace {
  kind: TestStoreKind;
  /** What every replica gets as KULTURPULS_DB: the SQLite file, or the PostgreSQL URL. */
  databaseUrl: string;
  /** Rows of one statement on the shared database (numbers may come back as strings on PostgreSQL). */
  sql<T = Record<string, unknown>>(text: string): Promise<T[]>;
  /** Add to a replica's environment to have it follow `setTime` (see FAKE_CLOCK). */
  clockEnv: Record<string, string>;
  /** Moves the clock of every replica started with `clockEnv` to `at`, from where it runs on in real time. */
  setTime(at: Date): void;
  dispose(): Promise<void>;
}

/** A workspace on the store the environment selects, with a clock file the replicas follow. */
export async function createStoreWorkspace(prefix = 'kulturpuls-replicas-'): Promise<StoreWorkspace> {
  const ws = createWorkspace(prefix);
  const clockFile = join(ws.dir, 'clock-offset');
  writeFileSync(clockFile, '0');
  const setTime = (at: Date) => writeFileSync(clockFile, String(at.getTime() - Date.now()));
  const clockEnv = { KULTURPULS_TEST_CLOCK_FILE: clockFile };
  if (TEST_STORE === 'sqlite') {
    return {
      ...ws,
      kind: 'sqlite',
      databaseUrl: ws.dbPath,
      sql: async <T>(text: string) => ws.query((db) => db.prepare(text).all() as T[]),
      clockEnv,
      setTime,
      dispose: async () => ws.remove(),
    };
  }
  const server = process.env.KULTURPULS_TEST_PG;
  if (!server) throw new Error('KULTURPULS_TEST_STORE=postgres needs KULTURPULS_TEST_PG (a server URL)');
  const { default: pg } = await import('pg');
  const name = `kp_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    ...ws,
    env: { ...ws.env, KULTURPULS_DB: databaseUrl },
    kind: 'postgres',
    databaseUrl,
    async sql<T>(text: string) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(text)).rows as T[];
      } finally {
        await client.end();
      }
    },
    clockEnv,
    setTime,
    async dispose() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      ws.remove();
    },
  };
}

/** `n` replicas on one database, each with its own port and `KULTURPULS_REPLICA_ID` (replica-0 …). */
export function startReplicas(n: number, env: Record<string, string>, first = 0): Promise<BotProcess[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) => startBot({ ...env, KULTURPULS_REPLICA_ID: `replica-${first + i}` })),
  );
}

/** COUNT(*) of a query on either store. */
export async function countOf(ws: StoreWorkspace, text: string): Promise<number> {
  const [row] = await ws.sql<{ n: number | string }>(text);
  return Number(row?.n ?? 0);
}

/** Outbox rows by status on either store. */
export async function storeOutboxCounts(ws: StoreWorkspace): Promise<Record<string, number>> {
  const rows = await ws.sql<{ status: string; n: number | string }>(
    'SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
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
