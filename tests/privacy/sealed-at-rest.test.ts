// Issue 21: an operator with a copy of the data (the SQLite folder with -wal and -shm, or the
// PostgreSQL server's pg_wal, rows with xmin and a pg_dump) but without KULTURPULS_SECRET must find
// no one in it. Planted people go through every path that stores who they are (Slack and Teams, the
// app started the production way); the copies are searched for every planted id, e-mail and name,
// and the commits are replayed in order to pair answers with what was written right after them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres } from '../support/database.js';
import { commitLinkage, type LinkageReport } from './commit-linkage.js';
import { describeFindings, type Finding, searchBytes, searchRows } from './leak-search.js';
import { pgDump, rowsWithXmin, type WalPosition, walPosition, walSegments } from './pg-copy.js';
import { PLANTED_SECRET, type PlantedApp, startPlantedApp } from './planted-app.js';
import { type PlantedValue, plantedValues } from './planted-people.js';
import { type Moment, PRIVATE_REASONS, plantEveryone, SCENARIO_START } from './planted-scenario.js';
import { copySqliteFolder, DB_FILES, readTables, replayCommits } from './sqlite-copy.js';

interface CopyReport {
  moment: Moment;
  /** Raw bytes: the folder's three files, or the pg_wal segments and the pg_dump. */
  bytes: Finding[];
  /** The tables as the attacker reads them (on PostgreSQL in physical order, with xmin). */
  rows: Finding[];
  linkage: LinkageReport;
  commits: number;
}

const planted: PlantedValue[] = [
  ...plantedValues(PRIVATE_REASONS),
  { owner: 'the operator', kind: 'KULTURPULS_SECRET', value: PLANTED_SECRET },
];
const reports: CopyReport[] = [];
const scratch: string[] = [];
let t: PlantedApp | undefined;
let counts: Record<string, number> = {};

function inspectSqlite(app: PlantedApp, moment: Moment): CopyReport {
  const folder = copySqliteFolder(app.dataFolder, mkdtempSync(join(tmpdir(), 'kulturpuls-stolen-')));
  scratch.push(folder);
  const bytes = DB_FILES.filter((file) => existsSync(join(folder, file))).flatMap((file) =>
    searchBytes(`${moment}: ${file}`, readFileSync(join(folder, file)), planted),
  );
  const tables = readTables(folder);
  const rows = [...tables].flatMap(([table, list]) => searchRows(`${moment}: table ${table}`, list, planted));
  const commits = replayCommits(folder);
  return { moment, bytes, rows, linkage: commitLinkage(commits, tables, planted), commits: commits.length };
}

async function inspectPostgres(app: PlantedApp, moment: Moment, since: WalPosition): Promise<CopyReport> {
  const wal = (await walSegments(app.rows, since)).flatMap((segment) =>
    searchBytes(`${moment}: ${segment.name}`, segment.bytes, planted),
  );
  const dump = searchBytes(`${moment}: pg_dump`, pgDump(app.databaseUrl), planted);
  const { tables, commits } = await rowsWithXmin(app.rows);
  const rows = [...tables].flatMap(([table, list]) =>
    searchRows(`${moment}: table ${table} (physical order)`, list, planted),
  );
  return {
    moment,
    bytes: [...wal, ...dump],
    rows,
    linkage: commitLinkage(commits, tables, planted),
    commits: commits.length,
  };
}

beforeAll(async () => {
  const app = await startPlantedApp(SCENARIO_START);
  t = app;
  // The cluster is shared with earlier tests: only the WAL written from here on is this test's.
  const since = onPostgres ? await walPosition(app.rows) : { segment: '', offset: 0 };
  await plantEveryone(app, async (moment) => {
    reports.push(onPostgres ? await inspectPostgres(app, moment, since) : inspectSqlite(app, moment));
  });
  for (const table of ['pulse_answers', 'comment_threads', 'nominations', 'kaffe_pairs', 'deliveries'])
    counts[table] = Number((await app.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);
  for (const { status, n } of await app.rows<{ status: string; n: number }>(
    'SELECT status, COUNT(*) AS n FROM nominations GROUP BY status',
  ))
    counts[`nominations ${status}`] = Number(n);
  const [met] = await app.rows<{ n: number }>(
    'SELECT COUNT(*) AS n FROM kaffe_pairs WHERE a_met IS NOT NULL OR b_met IS NOT NULL',
  );
  counts['kaffe pairs answered'] = Number(met?.n);
  // A clean shutdown checkpoints the WAL into the database file: the folder as a backup finds it.
  await app.stop();
  if (!onPostgres) reports.push(inspectSqlite(app, 'after shutdown'));
}, 600_000);

afterAll(async () => {
  await t?.close();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  counts = {};
});

/** The findings as readable lines (at most 400, then how many more). */
function readable(findings: Finding[]): string {
  const lines = describeFindings(findings).split('\n').filter(Boolean);
  const more = lines.length > 400 ? [`… and ${lines.length - 400} more`] : [];
  return [...lines.slice(0, 400), ...more].join('\n');
}

describe('a copied data folder, without KULTURPULS_SECRET', () => {
  it('was planted through every path that stores a person (the copies are not empty)', () => {
    const moments = ['mid-rush', 'after the rush', 'at the end'];
    expect(reports.map((r) => r.moment)).toEqual(onPostgres ? moments : [...moments, 'after shutdown']);
    // 6 voters × 3 statements on each platform; 2 comments each; 6 nominations; 2 pairs per platform.
    expect(counts).toMatchObject({
      pulse_answers: 36,
      comment_threads: 4,
      nominations: 6,
      'nominations accepted': 2,
      'nominations declined': 2,
      'nominations awaiting_consent': 2,
      kaffe_pairs: 4,
      'kaffe pairs answered': 2,
    });
    expect(counts.deliveries).toBeGreaterThan(20);
    // Replayed commits: none are left after the shutdown's checkpoint, so that copy has none to replay.
    for (const report of reports.filter((r) => r.moment !== 'after shutdown'))
      expect(report.commits, report.moment).toBeGreaterThan(0);
  });

  it.skipIf(onPostgres)(
    'SQLite: the database file, its -wal and -shm hold no planted id, e-mail or name (SQLite only: on PostgreSQL there is no such folder)',
    () => {
      expect(readable(reports.flatMap((r) => r.bytes))).toBe('');
    },
  );

  it.runIf(onPostgres)(
    'PostgreSQL: the raw pg_wal segments and a pg_dump hold no planted id, e-mail or name (PostgreSQL only: SQLite has no pg_wal)',
    () => {
      expect(readable(reports.flatMap((r) => r.bytes))).toBe('');
    },
  );

  it('no table, as an attacker reads it, holds a planted id, e-mail or name', () => {
    expect(readable(reports.flatMap((r) => r.rows))).toBe('');
  });

  it('replayed commit by commit, no commit right after an answer names anyone or repeats an identifier of another table', () => {
    // The mid-rush copy holds the votes not yet checkpointed (SQLite) or their transactions (PostgreSQL).
    expect(reports[0]?.linkage.voteCommits).toBeGreaterThan(0);
    const named = reports.flatMap((r) =>
      r.linkage.named.map((f) => ({ ...f, where: `${r.moment}: ${f.where}` })),
    );
    expect.soft(readable(named)).toBe('');
    expect
      .soft(reports.flatMap((r) => r.linkage.shared.map((line) => `${r.moment}: ${line}`)).join('\n'))
      .toBe('');
  });
});
