// `/healthz` while PostgreSQL is slow: one `kulturpuls start` (with loop-gaps.ts preloaded) whose
// database connection runs through the tests' hanging proxy, its own limits as shipped. This process
// polls /healthz every 100 ms: for 2 s with nothing wrong, while another session holds an exclusive
// lock on pulse_answers and pulses for 4 s, and while the server hangs (accepts, never answers) for
// 30 s; signed Slack votes arrive throughout both faults.
import autocannon from 'autocannon';
import pg from 'pg';
import { startHangingProxy } from '../../tests/support/hanging-proxy.js';
import { slackVoteRequest } from '../interaction/requests.js';
import { type Child, freePort, PINNING, sleep, spawnTs, waitForOk } from '../lib/proc.js';
import { voteSite } from './replica-votes.js';

export const HEALTH_TARGET_MS = 200;
const POLL_MS = 100;
const CALM_MS = 2_000;
const LOCK_MS = 4_000;
const HANG_MS = 30_000;
const VOTE_CONNECTIONS = 5;

interface LoopGaps {
  longestGapMs: number;
  ticks: number;
  delayMaxMs: number;
  delayP99Ms: number;
}

export interface HealthPhase {
  answers: number;
  maxMs: number;
  /** When the slowest answer was asked, in seconds from the start of the phase. */
  slowestAtS: number;
  /** What /healthz said the database was, by answer. */
  database: Record<string, number>;
  loop: LoopGaps;
  /** Votes during the phase: acknowledged 2xx (a stored vote or "try again"), and not (error, timeout). */
  votes: { acked: number; failed: number };
}

export interface HealthFigures {
  calm: HealthPhase;
  locked: HealthPhase;
  hung: HealthPhase;
}

function loopGaps(app: Child): Promise<LoopGaps> {
  return new Promise((resolve) => {
    app.process.once('message', (m: LoopGaps) => resolve(m));
    app.process.send?.({ type: 'loop-gaps' });
  });
}

/** Polls /healthz every 100 ms until `over` resolves: each answer's time and what it said. */
async function poll(base: string, over: Promise<unknown>) {
  const answers: { atS: number; ms: number; database: string }[] = [];
  const begun = performance.now();
  let done = false;
  void over.finally(() => {
    done = true;
  });
  while (!done) {
    const started = performance.now();
    let database = 'no answer';
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
      database = ((await res.json()) as { database: string }).database;
    } catch {
      // counted as an answer that took this long
    }
    answers.push({ atS: (started - begun) / 1000, ms: performance.now() - started, database });
    await sleep(POLL_MS);
  }
  return answers;
}

export async function healthWhileSlow(url: string, log: string[]): Promise<HealthFigures> {
  const db = new URL(url);
  const proxy = await startHangingProxy({ host: db.hostname, port: Number(db.port) });
  const site = await voteSite({ kind: 'postgres', url }, 'health-while-slow', proxy.via(url));
  const children: Child[] = [site.fake];
  try {
    const port = await freePort();
    const app = spawnTs(
      'src/main.ts',
      ['start'],
      { ...site.env, PORT: String(port) },
      {
        ipc: true,
        tsx: false,
        nodeArgs: ['--import', 'tsx', '--import', './bench/postgres/loop-gaps.ts'],
        ...(PINNING ? { cpus: PINNING.servers } : {}),
      },
    );
    children.push(app);
    const base = `http://127.0.0.1:${port}`;
    await waitForOk(`${base}/healthz`, performance.now());
    const counter = { n: 0 };

    /** `fault` runs while /healthz is polled (and votes are sent for `votesMs`, if given). */
    const phase = async (name: string, fault: () => Promise<void>, votesMs = 0): Promise<HealthPhase> => {
      await loopGaps(app); // resets the app's counters
      const over = fault();
      const [answers, votes] = await Promise.all([
        poll(base, over),
        votesMs
          ? autocannon({
              url: base,
              connections: VOTE_CONNECTIONS,
              duration: votesMs / 1000,
              timeout: 10,
              requests: [slackVoteRequest(site.target, counter)],
            })
          : undefined,
        over,
      ]);
      const slowest = answers.reduce((a, b) => (b.ms > a.ms ? b : a));
      const figures: HealthPhase = {
        answers: answers.length,
        maxMs: slowest.ms,
        slowestAtS: Number(slowest.atS.toFixed(1)),
        database: {},
        loop: await loopGaps(app),
        votes: {
          acked: votes ? votes.requests.total - votes.non2xx : 0,
          failed: votes ? votes.non2xx + votes.errors + votes.timeouts : 0,
        },
      };
      for (const a of answers) figures.database[a.database] = (figures.database[a.database] ?? 0) + 1;
      log.push(`health ${name}: ${JSON.stringify(figures)}`);
      return figures;
    };

    const calm = await phase('nothing wrong', async () => {
      await sleep(CALM_MS);
    });
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    const locked = await phase(
      `locked ${LOCK_MS / 1000} s`,
      async () => {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE pulse_answers, pulses IN ACCESS EXCLUSIVE MODE');
        await sleep(LOCK_MS);
        await locker.query('ROLLBACK');
      },
      LOCK_MS,
    );
    await locker.end();
    await sleep(1_000);
    const hung = await phase(
      `server hung ${HANG_MS / 1000} s`,
      async () => {
        proxy.hang();
        await sleep(HANG_MS);
        proxy.resume();
      },
      HANG_MS,
    );
    return { calm, locked, hung };
  } finally {
    proxy.resume();
    for (const child of children.reverse()) await child.stop();
    await proxy.close();
  }
}
