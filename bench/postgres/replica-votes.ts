// The vote path through N replicas of `kulturpuls start` behind the tests' round-robin proxy, on one
// SQLite file or one PostgreSQL database: a fixed number of signed Slack votes (autocannon), then what
// was stored, counted in the database.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { startRoundRobinProxy } from '../../tests/support/round-robin-proxy.js';
import { SIGNING_SECRET, slackVoteRequest, type VoteTarget } from '../interaction/requests.js';
import { type Child, freePort, PINNING, spawnTs, WORK, waitForOk } from '../lib/proc.js';

const CONNECTIONS = 30;
/** Half are new voters' first clicks, half the same voters changing them: one stored answer per pair. */
const REQUESTS = 3_000;
const WARM_UP = 600;
const WARM_UP_FROM = 20_000;
const SECRET = 'bench-kulturpuls-secret-0123456789';
const BOT_TOKEN = 'xoxb-bench-0000-kulturpuls';

export type VoteStore = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export interface VoteFigures {
  replicas: number;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Votes answered with chat.postEphemeral, counted at the fake. */
  answered: number;
  expected: number;
  stored: number;
}

async function rows<T>(store: VoteStore, dbPath: string, sql: string): Promise<T[]> {
  if (store.kind === 'sqlite') {
    const db = new BetterSqlite3(dbPath, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: store.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function run(args: string[], env: Record<string, string>, done: RegExp): Promise<void> {
  const child = spawnTs('src/main.ts', args, env);
  await child.waitFor(done, 120_000);
  await child.exited;
}

export interface VoteSite {
  /** The environment of `kulturpuls start` (add PORT). */
  env: Record<string, string>;
  fake: Child;
  target: VoteTarget;
  /** Rows of a query on the site's database. */
  rows<T>(sql: string): Promise<T[]>;
}

/**
 * What a vote needs: a config, the fake Slack Web API, the migrated database and one open pulse.
 * `appUrl` is the database URL the app itself is given (PostgreSQL through a proxy), if another.
 */
export async function voteSite(store: VoteStore, name: string, appUrl?: string): Promise<VoteSite> {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'kulturpuls.db');
  writeFileSync(
    join(dir, 'kulturpuls.yaml'),
    'organisation: Benchkommune\nprivacy: { minGroupSize: 3 }\nquietPeriods: []\nschedules:\n' +
      '  - { id: pulse, kind: pulse, cron: "0 9 29 2 *", skipHolidays: false, statements: 4, openHours: 48, targets: [slack:channel:CPULSE] }\n',
  );
  const fake = spawnTs(
    'bench/servers/fake-slack.ts',
    [],
    { SLACK_BOT_TOKEN: BOT_TOKEN },
    { ipc: true, ...(PINNING ? { cpus: PINNING.fake } : {}) },
  );
  try {
    const fakeUrl = (await fake.waitFor(/fake-slack (\S+)/))[1] ?? '';
    const env = {
      KULTURPULS_DB: store.kind === 'sqlite' ? dbPath : store.url,
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      KULTURPULS_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fakeUrl,
    };
    await run(['migrate'], env, /up to date|applied/i);
    await run(['post', 'pulse', '--now'], env, /queued/);
    const query = <T>(sql: string) => rows<T>(store, dbPath, sql);
    const [pulse] = await query<{ id: string; q: string | string[] }>(
      'SELECT id, question_ids AS q FROM pulses',
    );
    if (!pulse) throw new Error('no pulse');
    const target: VoteTarget = {
      pulseId: pulse.id, // A json column comes back parsed from node-postgres, as text from SQLite.
      questionIds: typeof pulse.q === 'string' ? (JSON.parse(pulse.q) as string[]) : pulse.q,
    };
    return { env: appUrl ? { ...env, KULTURPULS_DB: appUrl } : env, fake, target, rows: query };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}

export async function replicaVotes(store: VoteStore, replicas: number, log: string[]): Promise<VoteFigures> {
  const label = `${store.kind} ×${replicas}`;
  const { env, fake, target, rows: query } = await voteSite(store, `replica-votes-${store.kind}-${replicas}`);
  const children: Child[] = [fake];
  try {
    const bases: string[] = [];
    for (let i = 0; i < replicas; i += 1) {
      const port = await freePort();
      const replicaEnv = { ...env, PORT: String(port), KULTURPULS_REPLICA_ID: `bench-${i}` };
      children.push(spawnTs('src/main.ts', ['start'], replicaEnv, PINNING ? { cpus: PINNING.servers } : {}));
      bases.push(`http://127.0.0.1:${port}`);
      await waitForOk(`${bases[i]}/healthz`, performance.now());
    }
    const proxy = await startRoundRobinProxy(bases);
    try {
      // Warm-up, not measured: JIT, caches and the pool's connections, with voters of its own (requests
      // from WARM_UP_FROM are voters 10,000 on; the run's are 0 to 1,499).
      const warmUp = await autocannon({
        url: proxy.url,
        connections: CONNECTIONS,
        amount: WARM_UP,
        timeout: 10,
        requests: [slackVoteRequest(target, { n: WARM_UP_FROM })],
      });
      await repliesReached(fake, warmUp.requests.total);
      const before = await ephemerals(fake);
      const [already] = await query<{ n: number | string }>('SELECT COUNT(*) AS n FROM pulse_answers');
      const started = performance.now();
      let lastAnswer = started;
      const result = await autocannon({
        url: proxy.url,
        connections: CONNECTIONS,
        amount: REQUESTS,
        timeout: 10,
        requests: [slackVoteRequest(target, { n: 0 })],
      }).on('response', () => {
        lastAnswer = performance.now();
      });
      // Requests over the time until the last answer: autocannon averages whole seconds and ends a run
      // on its next one-second tick, so its figures read 3,000 / 5 or 3,000 / 6 s for the same run.
      const seconds = (lastAnswer - started) / 1000;
      const answered = (await repliesReached(fake, before + REQUESTS)) - before;
      const [count] = await query<{ n: number | string }>('SELECT COUNT(*) AS n FROM pulse_answers');
      const figures: VoteFigures = {
        replicas,
        connections: CONNECTIONS,
        rps: Math.round(result.requests.total / seconds),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        requests: result.requests.total,
        answered,
        expected: REQUESTS / 2,
        stored: Number(count?.n ?? 0) - Number(already?.n ?? 0),
      };
      log.push(
        `replica votes ${label}: ${JSON.stringify({ ...figures, perReplica: [...proxy.hits.values()] })}`,
      );
      if (answered < figures.requests) {
        // Which replies went missing and why: the replicas' own warnings and errors.
        const lines = children
          .slice(1)
          .flatMap((c) => c.output().split('\n'))
          .filter((l) => /"level":"(warn|error)"/.test(l));
        log.push(`replica votes ${label}: ${lines.length} warning/error lines, the last:`);
        log.push(...lines.slice(-6).map((l) => `  ${l.slice(0, 300)}`));
      }
      return figures;
    } finally {
      await proxy.close();
    }
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

/** Replies are posted after the ack: waits (up to a minute) until the fake has seen `count`; the count. */
async function repliesReached(fake: Child, count: number): Promise<number> {
  let seen = await ephemerals(fake);
  for (let waited = 0; seen < count && waited < 60_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    seen = await ephemerals(fake);
  }
  return seen;
}

async function ephemerals(fake: Child): Promise<number> {
  return new Promise((resolve) => {
    fake.process.once('message', (m: { perMethod: Record<string, number> }) =>
      resolve(m.perMethod['chat.postEphemeral'] ?? 0),
    );
    fake.process.send?.({ type: 'stats' });
  });
}
