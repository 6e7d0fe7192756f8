// 5. PostgreSQL beside SQLite, in the same run: the digest of 10,000 people × 12 months (the demo data of
// section 3 copied into a throwaway cluster) and the vote path through three replicas behind a
// round-robin proxy on each store.
import { join } from 'node:path';
import { DIGEST_DIR, digestEnv, ensureDemoData } from '../digest/digest-bench.js';
import { spawnTs } from '../lib/proc.js';
import { ms, type Row, secs } from '../lib/table.js';
import { copySqliteToPg } from './copy-sqlite.js';
import { type PgCluster, startPgCluster } from './pg-cluster.js';
import { replicaVotes, type VoteFigures } from './replica-votes.js';

export interface SqliteDigest {
  month: string;
  coldMs: number;
  yearMs: number;
}

async function pgChild(mode: 'sql' | 'core', month: string, url: string) {
  const child = spawnTs('bench/digest/digest-pg-child.ts', [mode, month, '5'], {
    ...digestEnv(),
    KULTURPULS_DB: url,
  });
  const line = await child.waitFor(/^\{.*\}$/m, 300_000);
  await child.exited;
  return JSON.parse(line[0]) as Record<string, number>;
}

async function digestRows(cluster: PgCluster, sqlite: SqliteDigest, log: string[]): Promise<Row[]> {
  await ensureDemoData(log);
  const url = await cluster.createDatabase('digest');
  const started = performance.now();
  const copied = await copySqliteToPg(join(DIGEST_DIR, 'digest.db'), url);
  log.push(
    `postgres: demo data copied in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${copied.pulse_answers ?? 0} answers, ${copied.people ?? 0} people)`,
  );
  const sql = await pgChild('sql', sqlite.month, url);
  const core = await pgChild('core', sqlite.month, url);
  log.push(`postgres digest ${sqlite.month}: sql ${JSON.stringify(sql)}`, `core ${JSON.stringify(core)}`);
  const cold = core.coldMs ?? Number.NaN;
  const ratio = cold / (sql.fairMs ?? Number.NaN);
  return [
    {
      section: '5 PostgreSQL',
      metric: `digest forMonth(${sqlite.month}) cold, PostgreSQL vs SQLite`,
      value: ms(cold),
      baseline: `${ms(sqlite.coldMs)} SQLite`,
      ratio: cold / sqlite.coldMs,
      target: '',
    },
    {
      section: '5 PostgreSQL',
      metric: 'digest forMonth cold vs hand-written SQL, both on PostgreSQL',
      value: ms(cold),
      baseline: `${ms(sql.fairMs ?? 0)} SQL, same figures`,
      ratio,
      target: '< 1 s and ≤ 2.00×',
      pass: cold < 1_000 && ratio <= 2,
    },
    {
      section: '5 PostgreSQL',
      metric: '12 months: 12 × forMonth (one core), PostgreSQL vs SQLite',
      value: secs((core.yearMs ?? 0) / 1000),
      baseline: `${secs(sqlite.yearMs / 1000)} SQLite`,
      ratio: (core.yearMs ?? 0) / sqlite.yearMs,
      target: '',
    },
  ];
}

function voteRows(pgVotes: VoteFigures, sqliteVotes: VoteFigures): Row[] {
  const line = (v: VoteFigures) => `${v.rps.toFixed(0)} req/s (${v.p50}/${v.p99}, ${v.errors})`;
  return [
    {
      section: '5 PostgreSQL',
      metric: `votes via proxy to 3 replicas, c=${pgVotes.connections} (p50/p99 ms, errors)`,
      value: line(pgVotes),
      baseline: `${line(sqliteVotes)} SQLite`,
      ratio: pgVotes.rps / sqliteVotes.rps,
      target: '',
    },
    {
      section: '5 PostgreSQL',
      metric: 'votes stored exactly once / answered (PostgreSQL; SQLite)',
      value: `${pgVotes.stored} of ${pgVotes.expected} / ${pgVotes.answered}`,
      baseline: `${sqliteVotes.stored} of ${sqliteVotes.expected} / ${sqliteVotes.answered}`,
      ratio: null,
      target: 'all, once',
      pass:
        pgVotes.stored === pgVotes.expected &&
        sqliteVotes.stored === sqliteVotes.expected &&
        pgVotes.answered === pgVotes.requests &&
        sqliteVotes.answered === sqliteVotes.requests,
    },
  ];
}

export async function postgresBench(sqlite: SqliteDigest): Promise<{ rows: Row[]; log: string[] }> {
  const log: string[] = [];
  const cluster = await startPgCluster();
  try {
    log.push(`postgres: throwaway cluster ${cluster.url}`);
    const digest = await digestRows(cluster, sqlite, log);
    const sqliteVotes = await replicaVotes({ kind: 'sqlite' }, log);
    const pgVotes = await replicaVotes({ kind: 'postgres', url: await cluster.createDatabase('votes') }, log);
    return { rows: [...digest, ...voteRows(pgVotes, sqliteVotes)], log };
  } finally {
    cluster.stop();
  }
}
