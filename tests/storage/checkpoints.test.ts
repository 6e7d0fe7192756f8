// SQLite's checkpoints run off the event loop: the store's connection never copies the log back into
// the database file inside a commit; a worker thread does, once the log has reached 1,000 pages.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '../../src/storage/database.js';
import { checkpointOffTheLoop } from '../../src/storage/sqlite/checkpoints.js';
import { onPostgres } from '../support/database.js';

/** SQLite's documented default for `wal_autocheckpoint`: 1,000 pages. */
const SQLITE_CHECKPOINT_PAGES = 1000;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

async function until(check: () => boolean, what: string): Promise<void> {
  // Generous: the worker looks once a second, and a busy machine may be slow to start a thread.
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never: ${what}`);
}

describe.skipIf(onPostgres)('SQLite checkpoints', () => {
  it('are never made by a commit; a worker thread copies a full log into the file, and the last close removes the log', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kulturpuls-checkpoints-'));
    const path = join(dir, 'kulturpuls.db');
    const db = openDatabase(path);
    runMigrations(db);
    const checkpoints = checkpointOffTheLoop(db, path);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, pad BLOB NOT NULL)');
    const fileBefore = sizeOf(path);
    const insert = db.prepare('INSERT INTO filler (pad) VALUES (?)');
    // More than the default's worth of pages, in many commits: none of them checkpoints.
    for (let i = 0; i < 120; i++) {
      db.transaction(() => {
        for (let j = 0; j < 10; j++) insert.run(Buffer.alloc(pageSize, i));
      })();
    }
    expect(sizeOf(`${path}-wal`)).toBeGreaterThan(SQLITE_CHECKPOINT_PAGES * pageSize);
    expect(sizeOf(path)).toBe(fileBefore);

    await until(() => sizeOf(path) >= fileBefore + SQLITE_CHECKPOINT_PAGES * pageSize, 'the log copied');
    expect(db.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 1200 });

    await checkpoints.stop();
    db.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = openDatabase(path);
    expect(reopened.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 1200 });
    reopened.close();
  });
});
