import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface PgResult {
  rows: unknown[];
  rowCount: number;
}

/** A query failed in PostgreSQL; `code` is its SQLSTATE (23505 unique violation, 40001 serialization…). */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

export interface PgBridge {
  /** Runs one statement and blocks until PostgreSQL answers. `array` returns rows as value arrays. */
  query(sql: string, params?: readonly unknown[], array?: boolean): PgResult;
  close(): void;
}

// Runs as an eval'd CommonJS worker: self-contained, no references to anything outside this function.
function worker() {
  const { workerData } = require('node:worker_threads');
  const { port, shared, pgPath, url, statementTimeoutMs } = workerData;
  const pg = require(pgPath);
  // Counts are bigint in PostgreSQL; every count here fits a JavaScript number.
  const types = new pg.TypeOverrides();
  types.setTypeParser(20, Number);
  // JSON comes back as its text, as from SQLite; drizzle's json columns parse it.
  types.setTypeParser(114, String);
  const flag = new Int32Array(shared);
  type Client = {
    query(q: unknown): Promise<{ rows: unknown[]; rowCount: number | null }>;
    end(): Promise<void>;
  };
  let client: Client | null = null;
  const answer = (msg: unknown) => {
    port.postMessage(msg);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  async function connect(): Promise<Client> {
    const next = new pg.Client({ connectionString: url, statement_timeout: statementTimeoutMs, types });
    next.on('error', () => {
      if (client === next) client = null;
    });
    await next.connect();
    client = next;
    return next;
  }
  // A connection lost inside BEGIN … COMMIT must not be replaced silently: the rest of that
  // transaction would run on a fresh connection in autocommit. Until the caller's ROLLBACK, every
  // statement fails with 08003 (a transient error: the person is asked to try again).
  let inTransaction = false;
  const lostConnection = {
    message: 'The connection to PostgreSQL was lost inside a transaction.',
    code: '08003',
  };
  port.on('message', async (msg: { id: number; sql?: string; params?: unknown[]; array?: boolean }) => {
    if (msg.sql === undefined) {
      await client?.end().catch(() => {});
      answer({ id: msg.id, ok: true });
      return;
    }
    const ends = /^\s*(COMMIT|ROLLBACK)\s*$/i.test(msg.sql);
    if (!client && inTransaction) {
      if (ends) inTransaction = false;
      answer(
        /^\s*ROLLBACK/i.test(msg.sql)
          ? { id: msg.id, ok: true, rows: [], rowCount: 0 }
          : { id: msg.id, ok: false, ...lostConnection },
      );
      return;
    }
    const c = client;
    try {
      const live = c ?? (await connect());
      const res = await live.query({
        text: msg.sql,
        values: msg.params,
        rowMode: msg.array ? 'array' : undefined,
      });
      if (/^\s*BEGIN/i.test(msg.sql)) inTransaction = true;
      else if (ends) inTransaction = false;
      answer({ id: msg.id, ok: true, rows: res.rows, rowCount: res.rowCount ?? 0 });
    } catch (error) {
      const e = error as { message?: string; code?: string };
      // No SQLSTATE: the connection itself failed. Drop it; the next statement outside a
      // transaction connects again.
      if (!e.code && client) {
        const dead = client;
        client = null;
        dead.end().catch(() => {});
      }
      if (ends) inTransaction = false;
      answer({
        id: msg.id,
        ok: false,
        message: String(e.message ?? error),
        code: e.code ?? (inTransaction ? '08003' : '08006'),
      });
    }
  });
}

/**
 * The ports are synchronous (better-sqlite3 is): node-postgres runs in a worker thread and the caller
 * blocks on `Atomics.wait` until it answers. One connection per store, used serially.
 */
export function createPgBridge(url: string, options: { timeoutMs?: number } = {}): PgBridge {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const shared = new SharedArrayBuffer(4);
  const flag = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const pgPath = createRequire(import.meta.url).resolve('pg');
  const workerData = { port: port2, shared, pgPath, url, statementTimeoutMs: timeoutMs };
  // tsx and vitest compile with keepNames, which wraps inner functions in `__name(...)`.
  const source = `const __name = (f) => f; (${worker.toString()})()`;
  const thread = new Worker(source, { eval: true, workerData, transferList: [port2] });
  thread.unref();
  let next = 0;
  let closed = false;

  function call(msg: Record<string, unknown>, wait: number) {
    if (closed) throw new PgError('The PostgreSQL connection is closed.', undefined);
    const id = ++next;
    Atomics.store(flag, 0, 0);
    port1.postMessage({ ...msg, id });
    const deadline = Date.now() + wait;
    for (;;) {
      Atomics.wait(flag, 0, 0, Math.max(0, deadline - Date.now()));
      // An answer to an earlier call that timed out is dropped.
      let received = receiveMessageOnPort(port1);
      while (received && (received.message as { id: number }).id !== id)
        received = receiveMessageOnPort(port1);
      if (received) return received.message as { ok: boolean; message?: string; code?: string } & PgResult;
      if (Date.now() >= deadline) {
        throw new PgError(`PostgreSQL did not answer within ${wait} ms.`, 'KP_TIMEOUT');
      }
      Atomics.store(flag, 0, 0);
    }
  }

  return {
    query(sql, params = [], array = false) {
      // The statement timeout ends a hung query first; this margin also covers connecting.
      const res = call({ sql, params, array }, timeoutMs + 5_000);
      if (!res.ok) throw new PgError(res.message ?? 'PostgreSQL error', res.code);
      return { rows: res.rows, rowCount: res.rowCount };
    },
    close() {
      if (closed) return;
      try {
        call({}, 5_000);
      } catch {
        // Closing anyway.
      }
      closed = true;
      port1.close();
      void thread.terminate();
    },
  };
}
