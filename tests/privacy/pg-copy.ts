// What an operator of the PostgreSQL server holds without the secret: the raw `pg_wal` segments, every
// table's rows in physical order with the transaction that wrote them (`xmin`, in commit order), and a
// `pg_dump` of the database.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplayedCommit } from './commit-linkage.js';
import type { Row } from './leak-search.js';

type Query = <T = Record<string, unknown>>(sql: string) => Promise<T[]>;

export interface WalPosition {
  /** The segment file being written (`pg_walfile_name`). */
  segment: string;
  /** The byte offset in it (`pg_walfile_name_offset`). */
  offset: number;
}

/** Where the server writes its WAL now: what is before it belongs to earlier tests on the cluster. */
export async function walPosition(query: Query): Promise<WalPosition> {
  const [row] = await query<{ segment: string; offset: number }>(
    'SELECT file_name AS segment, file_offset AS offset FROM pg_walfile_name_offset(pg_current_wal_lsn())',
  );
  return { segment: row?.segment ?? '', offset: Number(row?.offset ?? 0) };
}

/** The raw bytes of the WAL from `from` to what is written now, segment by segment, by file name. */
export async function walSegments(
  query: Query,
  from: WalPosition,
): Promise<{ name: string; bytes: Buffer }[]> {
  const [row] = await query<{ dir: string }>(
    'SELECT setting AS dir FROM pg_settings WHERE name = $$data_directory$$',
  );
  const dir = join(row?.dir ?? '', 'pg_wal');
  const last = (await walPosition(query)).segment;
  return readdirSync(dir)
    .filter((name) => /^[0-9A-F]{24}$/.test(name) && name >= from.segment && name <= last)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      // Offsets in the first segment count from where this test began.
      if (name !== from.segment) return { name: `pg_wal/${name}`, bytes };
      return { name: `pg_wal/${name} (from byte ${from.offset})`, bytes: bytes.subarray(from.offset) };
    });
}

export interface XminCopy {
  tables: Map<string, Row[]>;
  commits: ReplayedCommit[];
}

/** Every table's rows in physical order, and the rows grouped by the transaction that wrote them. */
export async function rowsWithXmin(query: Query): Promise<XminCopy> {
  const names = await query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const tables = new Map<string, Row[]>();
  const byXmin = new Map<number, Map<string, Row[]>>();
  for (const { name } of names) {
    const rows = await query<Row & { kp_xmin: string }>(
      `SELECT xmin::text AS kp_xmin, t.* FROM "${name}" t ORDER BY ctid`,
    );
    tables.set(
      name,
      rows.map(({ kp_xmin: _x, ...row }) => row),
    );
    for (const { kp_xmin, ...row } of rows) {
      const commit = byXmin.get(Number(kp_xmin)) ?? new Map<string, Row[]>();
      commit.set(name, [...(commit.get(name) ?? []), row]);
      byXmin.set(Number(kp_xmin), commit);
    }
  }
  const commits = [...byXmin.keys()]
    .sort((a, b) => a - b)
    .map((x) => ({ label: `xmin ${x}`, rows: byXmin.get(x) as Map<string, Row[]> }));
  return { tables, commits };
}

/** The PostgreSQL programs' folder, found as scripts/pg-test-cluster.sh finds initdb. */
function pgBin(): string {
  const found = spawnSync('sh', ['-c', 'command -v pg_dump'], { encoding: 'utf8' }).stdout.trim();
  if (found) return join(found, '..');
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  return join(root, versions.at(-1) ?? '', 'bin');
}

/** `pg_dump` of the database as plain SQL. */
export function pgDump(url: string): Buffer {
  const dumped = spawnSync(join(pgBin(), 'pg_dump'), ['--no-owner', '--format=plain', '--dbname', url], {
    maxBuffer: 256 * 1024 * 1024,
  });
  if (dumped.status !== 0) throw new Error(`pg_dump failed: ${dumped.stderr.toString('utf8')}`);
  return dumped.stdout;
}
