// 5. PostgreSQL beside SQLite, in the same run: the digest of 10,000 people × 12 months (the demo data of
// section 3 copied into a throwaway cluster), the vote path through one and three replicas behind a
// round-robin proxy on each store, and /healthz while PostgreSQL is locked or hung.
import { join } from 'node:path';
import { DIGEST_DIR, digestEnv, ensureDemoData } from '../digest/digest-bench.js';
import { medianBy } from '../lib/median.js';
import { spawnTs } from '../lib/proc.js';
import { ms, type Row, secs } from '../lib/table.js';
import { copySqliteToPg } from './copy-sqlite.js';
import {
  HEALTH_TARGET_MS,
  type HealthFigures,
  type HealthPhase,
  healthWhileSlow,
} from './health-while-slow.js';
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

interface Votes {
  sqlite1: VoteFigures;
  sqlite3: VoteFigures;
  pg1: VoteFigures;
  pg3: VoteFigures;
  /** Every single-replica round, on both stores. */
  rounds: VoteFigures[];
}

const ROUNDS = 3;

function voteRows({ sqlite1, sqlite3, pg1, pg3, rounds }: Votes): Row[] {
  const line = (v: VoteFigures) => `${v.rps.toFixed(0)} req/s (${v.p50}/${v.p99}, ${v.errors})`;
  const once = (v: VoteFigures) => `${v.stored} of ${v.expected} / ${v.answered}`;
  const exact = (v: VoteFigures) => v.stored === v.expected && v.answered === v.requests;
  const c = pg1.connections;
  return [
    {
      section: '5 PostgreSQL',
      metric: `votes, 1 replica, c=${c}, median of ${ROUNDS} (p50/p99 ms, errors): PostgreSQL vs 1 SQLite process`,
      value: line(pg1),
      baseline: `${line(sqlite1)} SQLite`,
      ratio: pg1.rps / sqlite1.rps,
      target: '≥ 0.80×',
      pass: pg1.rps >= 0.8 * sqlite1.rps,
    },
    {
      section: '5 PostgreSQL',
      metric: `votes via proxy, c=${c}: 3 PostgreSQL replicas vs 1 replica`,
      value: line(pg3),
      baseline: `${line(pg1)} 1 replica`,
      ratio: pg3.rps / pg1.rps,
      target: '≥ 1.00×',
      pass: pg3.rps >= pg1.rps,
    },
    {
      section: '5 PostgreSQL',
      metric: `votes via proxy, c=${c}: 3 replicas on one SQLite file vs 1 (reference)`,
      value: line(sqlite3),
      baseline: `${line(sqlite1)} 1 process`,
      ratio: sqlite3.rps / sqlite1.rps,
      target: '',
    },
    {
      section: '5 PostgreSQL',
      metric: `votes stored exactly once / answered (1 replica, median round; 3 replicas; all ${rounds.length + 2} runs checked)`,
      value: `${once(pg1)}; ${once(pg3)} PostgreSQL`,
      baseline: `${once(sqlite1)}; ${once(sqlite3)} SQLite`,
      ratio: null,
      target: 'all, once',
      pass: [...rounds, sqlite3, pg3].every(exact),
    },
  ];
}

function healthRows({ calm, locked, hung }: HealthFigures): Row[] {
  const slowest = (p: HealthPhase) => `${ms(p.maxMs)} (${p.answers})`;
  const fault = (name: string, p: HealthPhase): Row => ({
    section: '5 PostgreSQL',
    metric: `/healthz every 100 ms, slowest (answers): ${name}, votes arriving`,
    value: slowest(p),
    baseline: `${slowest(calm)} nothing wrong`,
    ratio: null,
    target: `every answer ≤ ${HEALTH_TARGET_MS} ms`,
    pass: p.maxMs <= HEALTH_TARGET_MS,
  });
  return [
    fault('PostgreSQL tables locked 4 s', locked),
    fault('PostgreSQL server hung 30 s', hung),
    {
      section: '5 PostgreSQL',
      metric: 'that event loop: longest gap between 10 ms ticks (locked; hung)',
      value: `${ms(locked.loop.longestGapMs)}; ${ms(hung.loop.longestGapMs)}`,
      baseline: `${ms(calm.loop.longestGapMs)} nothing wrong`,
      ratio: null,
      target: '',
    },
  ];
}

export async function postgresBench(sqlite: SqliteDigest): Promise<{ rows: Row[]; log: string[] }> {
  const log: string[] = [];
  const cluster = await startPgCluster();
  try {
    log.push(`postgres: throwaway cluster ${cluster.url}`);
    const digest = await digestRows(cluster, sqlite, log);
    const onPg = async (replicas: number) =>
      replicaVotes({ kind: 'postgres', url: await cluster.createDatabase('votes') }, replicas, log);
    // One replica on each store, alternating for ROUNDS rounds: each store's median round counts.
    const singles = { sqlite: [] as VoteFigures[], postgres: [] as VoteFigures[] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['sqlite', 'postgres'] as const) : (['postgres', 'sqlite'] as const);
      for (const kind of order)
        singles[kind].push(kind === 'sqlite' ? await replicaVotes({ kind }, 1, log) : await onPg(1));
    }
    const votes: Votes = {
      sqlite1: medianBy(singles.sqlite, (v) => v.rps),
      sqlite3: await replicaVotes({ kind: 'sqlite' }, 3, log),
      pg1: medianBy(singles.postgres, (v) => v.rps),
      pg3: await onPg(3),
      rounds: [...singles.sqlite, ...singles.postgres],
    };
    const health = await healthWhileSlow(await cluster.createDatabase('health'), log);
    return { rows: [...digest, ...voteRows(votes), ...healthRows(health)], log };
  } finally {
    cluster.stop();
  }
}
