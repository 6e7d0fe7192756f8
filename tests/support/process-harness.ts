// Runs the real bot as a child process (`node --import tsx src/main.ts start`) against local fakes,
// so a test can SIGKILL it mid-work, start it again, or run two on one database file.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

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

/** Starts `kulturpuls start` and waits until it says it is running. */
export async function startBot(env: Record<string, string>, timeoutMs = 20_000): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
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
