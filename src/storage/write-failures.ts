import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { storageErrorCode } from '../core/errors.js';
import { wrapperPerHandle } from '../core/handle-wrapper.js';
import type { Repositories, Store } from '../core/ports.js';
import { wrapRepositories } from './wrap-repositories.js';

/**
 * What makes every write fail until someone acts: a full disk, a read-only file system, an I/O error.
 * Busy and locked are not among them: those pass by themselves, and the person's retry works.
 */
export function writeProblemOf(error: unknown): string | undefined {
  const code = storageErrorCode(error);
  if (code === undefined) return undefined;
  // SQLite's result codes, PostgreSQL's SQLSTATEs (53100 disk_full, 25006 read_only_sql_transaction)
  // and the file system's own errno names.
  if (/^SQLITE_FULL/.test(code) || code === '53100' || code === 'ENOSPC') return 'disk full';
  if (/^SQLITE_READONLY/.test(code) || code === '25006' || code === 'EROFS') return 'read-only';
  if (/^SQLITE_IOERR/.test(code) || code === 'EIO') return 'I/O error';
  return undefined;
}

export interface WriteHealth {
  /** The store to use: the same, watched. */
  store: Store;
  /** Why writes fail now (`disk full`), or undefined while they work. */
  problem(): string | undefined;
}

/**
 * Watches every call on the store. A call that fails with a write problem makes `problem()` report it
 * until that same call succeeds again (inside a transaction: once it commits), which proves the disk
 * takes writes again; a read that never failed proves nothing. No write is made for it: the health
 * check stays a read.
 */
export function watchWrites(store: Store): WriteHealth {
  let problem: string | undefined;
  const failed = new Set<string>();
  /** The calls of transactions whose commit failed: the same calls committing again clear it. */
  const failedCommits: Set<string>[] = [];

  const record = (error: unknown, call: string) => {
    const reason = writeProblemOf(error);
    if (!reason) return false;
    problem = reason;
    failed.add(call);
    return true;
  };
  const clear = () => {
    problem = undefined;
    failed.clear();
    failedCommits.length = 0;
  };
  const sameCallsAsAFailedCommit = (calls: Set<string>) =>
    failedCommits.some((earlier) => [...earlier].every((call) => calls.has(call)));

  /** `onSuccess` runs when a call that failed before works now; `onCall` on every call. */
  const watched = <R extends object>(
    repositories: R,
    onSuccess: (call: string) => void,
    onCall?: (call: string) => void,
  ) =>
    wrapRepositories(repositories, (call, method) => async (...args) => {
      onCall?.(call);
      try {
        const result = await method(...args);
        if (failed.has(call)) onSuccess(call);
        return result;
      } catch (error) {
        record(error, call);
        throw error;
      }
    });

  /** What one transaction called, and whether a call in it worked that had failed before. */
  interface Watch {
    calls: Set<string>;
    clearsOnCommit: boolean;
  }
  const watchedHandle = wrapperPerHandle((tx: Repositories, running: () => Watch | undefined) =>
    watched(
      tx,
      () => {
        const watch = running();
        if (watch) watch.clearsOnCommit = true;
      },
      (call) => running()?.calls.add(call),
    ),
  );

  const transaction: Store['transaction'] = async (body, options) => {
    const watch: Watch = { calls: new Set(), clearsOnCommit: false };
    const { calls } = watch;
    let result: Awaited<ReturnType<typeof body>>;
    try {
      result = await store.transaction((tx) => body(watchedHandle(tx, watch)), options);
    } catch (error) {
      // A commit can fail on a full disk after every statement in it worked (SQLite in WAL mode
      // writes the log at commit): only a transaction making the same calls proves writes work again.
      if (record(error, 'transaction')) failedCommits.push(calls);
      throw error;
    }
    if (watch.clearsOnCommit || sameCallsAsAFailedCommit(calls)) clear();
    return result;
  };

  const { transaction: _unwatched, ...repositories } = store;
  return { store: { ...watched(repositories, clear), transaction }, problem: () => problem };
}

/** Less than this free on the database's file system: SQLite cannot even write its log. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * A cheap look at the file system under a SQLite file (one `statfs`): `disk full` when it has no room
 * left, so health says so before the next write fails. Root may use the blocks kept for it.
 */
export function diskSpaceProblem(dbPath: string): string | undefined {
  try {
    const stats = statfsSync(dirname(resolve(dbPath)));
    const blocks = process.getuid?.() === 0 ? stats.bfree : stats.bavail;
    return blocks * stats.bsize < NEARLY_FULL_BYTES ? 'disk full' : undefined;
  } catch {
    return undefined;
  }
}
