import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from '../database.js';

/** SQLite's own default: the log is copied back into the database file once it holds 1,000 pages. */
const CHECKPOINT_PAGES = 1_000;
const LOOK_EVERY_MS = 1_000;

// The checkpointer's thread: a connection of its own on the same file, a PASSIVE checkpoint on each
// message (it copies what no reader still needs and never waits for a lock), then an answer.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage('done');
  } catch (error) {
    parentPort.postMessage(String(error));
  }
});
`;

export interface Checkpoints {
  /** Before the store's connection closes: that close is then the last, and checkpoints the rest. */
  stop(): Promise<void>;
}

/**
 * Checkpoints off the event loop. SQLite checkpoints in whichever commit fills the log to 1,000 pages:
 * that commit copies them into the database file and syncs it, milliseconds (far more on a slow disk)
 * with the event loop held, where a commit otherwise takes microseconds. The store's connection never
 * checkpoints; once the log has reached that size, a worker thread checkpoints it every second. If the
 * thread cannot run, the connection checkpoints as SQLite would, so the log never grows without end.
 */
export function checkpointOffTheLoop(db: Database, path: string): Checkpoints {
  db.pragma('wal_autocheckpoint = 0');
  const threshold = CHECKPOINT_PAGES * Number(db.pragma('page_size', { simple: true }));
  let worker: Worker | undefined;
  let waiting = false;
  const fallBack = () => {
    clearInterval(timer);
    worker = undefined;
    if (db.open) db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  };
  const start = () => {
    const started = new Worker(CHECKPOINTER, {
      eval: true,
      workerData: { path, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    started.unref();
    started.on('message', (message) => {
      waiting = false;
      if (message !== 'done') fallBack();
    });
    started.on('error', fallBack);
    return started;
  };
  const timer = setInterval(() => {
    if (waiting) return;
    if (!worker) {
      let size = 0;
      try {
        size = statSync(`${path}-wal`).size;
      } catch {
        return;
      }
      if (size < threshold) return;
      worker = start();
    }
    waiting = true;
    worker.postMessage('checkpoint');
  }, LOOK_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      const running = worker;
      worker = undefined;
      if (!running) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.postMessage('stop');
      await exited;
    },
  };
}
