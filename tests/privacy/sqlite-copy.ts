// A copied SQLite data folder (`kulturpuls.db` with its `-wal` and `-shm`), read as an attacker
// without the secret reads it: the raw bytes, every table, and the WAL replayed commit by commit
// (the database as it stood after each commit, rebuilt from the base file and a WAL cut there).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ReplayedCommit } from './commit-linkage.js';
import type { Row } from './leak-search.js';

export const DB_FILES = ['kulturpuls.db', 'kulturpuls.db-wal', 'kulturpuls.db-shm'];

/** The folder as `cp -a` of the live data folder gives it, taken while the app runs. */
export function copySqliteFolder(dataFolder: string, into: string): string {
  for (const file of DB_FILES) {
    const from = join(dataFolder, file);
    if (existsSync(from)) copyFileSync(from, join(into, file));
  }
  return into;
}

export type Tables = Map<string, Row[]>;

/** Every table's rows, in the order a full scan gives them. */
function dumpTables(file: string): Tables {
  const db = new BetterSqlite3(file);
  try {
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    return new Map(names.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all() as Row[]]));
  } finally {
    db.close();
  }
}

/** A scratch copy (opening a database recovers and, on close, checkpoints its WAL away). */
function withScratch<T>(folder: string, wal: Buffer | undefined, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-attack-'));
  try {
    const file = join(dir, 'kulturpuls.db');
    copyFileSync(join(folder, 'kulturpuls.db'), file);
    if (wal) writeFileSync(`${file}-wal`, wal);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The copied database as SQLite opens it (WAL recovered). */
export function readTables(folder: string): Tables {
  const walFile = join(folder, 'kulturpuls.db-wal');
  return withScratch(folder, existsSync(walFile) ? readFileSync(walFile) : undefined, dumpTables);
}

/**
 * Byte offsets where each commit of the WAL's current generation ends. Frames of older generations
 * (other salts) are stale: SQLite stops at the first one, and so does the replay.
 * Format: https://www.sqlite.org/fileformat2.html#walformat
 */
function commitEnds(wal: Buffer): number[] {
  if (wal.length < 32) return [];
  const frameSize = 24 + wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const ends: number[] = [];
  for (let at = 32; at + frameSize <= wal.length; at += frameSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    if (wal.readUInt32BE(at + 4) !== 0) ends.push(at + frameSize);
  }
  return ends;
}

/** The WAL replayed commit by commit: the rows each commit added or changed, per table. */
export function replayCommits(folder: string): ReplayedCommit[] {
  const walFile = join(folder, 'kulturpuls.db-wal');
  if (!existsSync(walFile)) return [];
  const wal = readFileSync(walFile);
  let before = withScratch(folder, undefined, dumpTables);
  return commitEnds(wal).map((end, i) => {
    const after = withScratch(folder, wal.subarray(0, end), dumpTables);
    const rows = new Map<string, Row[]>();
    for (const [table, list] of after) {
      const old = new Set((before.get(table) ?? []).map((row) => JSON.stringify(row)));
      const fresh = list.filter((row) => !old.has(JSON.stringify(row)));
      if (fresh.length > 0) rows.set(table, fresh);
    }
    before = after;
    return { label: `WAL commit ${i + 1}`, rows };
  });
}
