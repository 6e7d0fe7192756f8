// 1. Interaction path: signed Slack votes and Teams invokes against `kulturpuls start` (child process,
// real SQLite file in WAL, Slack Web API faked in another process) and against bare SDK apps.
import type { Request } from 'autocannon';
import { medianBy } from '../lib/median.js';
import { type Child, freePort, memoryOf, PINNING, ROOT, sleep, spawnTs, waitForOk } from '../lib/proc.js';
import { mb, ms, type Row, rps } from '../lib/table.js';
import { type LoadResult, load } from './load.js';
import { BOT_TOKEN, prepareVoteDb, serverEnv } from './prepare.js';
import { SIGNING_SECRET, slackVoteRequest, teamsVoteRequest, type VoteTarget } from './requests.js';

// BENCH_QUICK=1: the same runs, shorter (for checking the bench itself; not for RESULTS.md figures).
const QUICK = process.env.BENCH_QUICK === '1';
export const LEVELS = [1, 10, 50, 100];
const RUN_S = QUICK ? 1 : 5;
const PACED_RATE = 500;
const PACED_S = QUICK ? 2 : 10;
/** Each level is run this many times, Kulturpuls and baseline in alternating order; the median counts. */
export const ROUNDS = 3;

interface Server {
  child: Child;
  url: string;
}

async function startServer(script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawnTs(
    script,
    script.endsWith('main.ts') ? ['start'] : [],
    { ...env, PORT: String(port) },
    PINNING ? { cpus: PINNING.servers } : {},
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/healthz`, performance.now());
  return { child, url };
}

async function fakeSlackStats(fake: Child): Promise<Record<string, number>> {
  return new Promise((resolve) => {
    fake.process.once('message', (m: { perMethod: Record<string, number> }) => resolve(m.perMethod));
    fake.process.send?.({ type: 'stats' });
  });
}

/** The byte size of the card Kulturpuls answers one Teams vote with. */
async function answerSize(url: string, request: Request): Promise<number> {
  const built = (request.setupRequest as (r: Request) => Request)({ ...request });
  const res = await fetch(`${url}${built.path}`, {
    method: 'POST',
    body: built.body as string,
    headers: built.headers as Record<string, string>,
  });
  const body = (await res.json()) as { value?: unknown };
  return JSON.stringify(body.value ?? body).length;
}

export interface InteractionOutcome {
  rows: Row[];
  log: string[];
  /** Kulturpuls' RSS after the rush, and the bare Bolt app's, MB. */
  afterRush: { kulturpuls: number; kulturpulsPeak: number; bareBolt: number; bareTeams: number };
}

function platformRows(
  platform: string,
  real: Map<number, LoadResult>,
  bare: Map<number, LoadResult>,
  paced: { real: LoadResult; bare: LoadResult },
): Row[] {
  const rows: Row[] = [];
  for (const c of LEVELS) {
    const r = real.get(c);
    const b = bare.get(c);
    if (!r || !b) continue;
    rows.push({
      section: `1 ${platform}`,
      metric: `c=${c}: throughput, median of ${ROUNDS} (p50/p99 ms, errors)`,
      value: `${rps(r.rps)} (${r.p50}/${r.p99}, ${r.errors})`,
      baseline: `${rps(b.rps)} (${b.p50}/${b.p99}, ${b.errors})`,
      ratio: r.rps / b.rps,
      target: '',
    });
  }
  const bestReal = Math.max(...[...real.values()].map((r) => r.rps));
  const bestBare = Math.max(...[...bare.values()].map((r) => r.rps));
  rows.push({
    section: `1 ${platform}`,
    metric: 'saturated throughput (best level)',
    value: rps(bestReal),
    baseline: rps(bestBare),
    ratio: bestReal / bestBare,
    target: '≥ 0.70×',
    pass: bestReal / bestBare >= 0.7,
  });
  rows.push({
    section: `1 ${platform}`,
    metric: `p99 at paced ${PACED_RATE} req/s, median of ${ROUNDS} (errors)`,
    value: `${ms(paced.real.p99)} (${paced.real.errors})`,
    baseline: `${ms(paced.bare.p99)} (${paced.bare.errors})`,
    ratio: paced.real.p99 / Math.max(paced.bare.p99, 1),
    target: '≤ 1.50×',
    pass: paced.real.p99 / Math.max(paced.bare.p99, 1) <= 1.5 && paced.real.errors === 0,
  });
  return rows;
}

/**
 * Resolves once the fake Slack API has had no call for half a second (at most 30 s): a server still
 * posting the answers of the last run (Bolt queues its Web API calls) would share the CPU with the next.
 */
async function quiet(fake: Child): Promise<void> {
  const total = async () => Object.values(await fakeSlackStats(fake)).reduce((a, b) => a + b, 0);
  let last = await total();
  for (let waited = 0; waited < 30_000; waited += 500) {
    await sleep(500);
    const now = await total();
    if (now === last) return;
    last = now;
  }
}

async function drive(
  label: string,
  log: string[],
  makeRequest: (counter: { n: number }) => Request,
  real: Server,
  bare: Server,
  fake: Child,
) {
  const counters = { real: { n: 0 }, bare: { n: 0 } };
  // Warm-up (JIT, SQLite page cache, DM/ephemeral paths); not reported.
  await load({ url: real.url, request: makeRequest(counters.real), connections: 10, durationS: 2 });
  await load({ url: bare.url, request: makeRequest(counters.bare), connections: 10, durationS: 2 });
  const runs = { real: new Map<number, LoadResult[]>(), bare: new Map<number, LoadResult[]>() };
  const paced = { real: [] as LoadResult[], bare: [] as LoadResult[] };
  const pacedRun = (server: Server, counter: { n: number }) =>
    load({
      url: server.url,
      request: makeRequest(counter),
      connections: 50,
      durationS: PACED_S,
      overallRate: PACED_RATE,
    });
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating order, so neither side always runs on a warmer (or more loaded) machine.
    const order = round % 2 === 0 ? (['real', 'bare'] as const) : (['bare', 'real'] as const);
    for (const c of LEVELS) {
      for (const side of order) {
        const server = side === 'real' ? real : bare;
        await quiet(fake);
        const r = await load({
          url: server.url,
          request: makeRequest(counters[side]),
          connections: c,
          durationS: RUN_S,
        });
        runs[side].set(c, [...(runs[side].get(c) ?? []), r]);
        log.push(
          `${label} round ${round + 1} c=${c} ${side === 'real' ? 'kulturpuls' : 'bare'} ${JSON.stringify(r)}`,
        );
      }
    }
    for (const side of order) {
      await quiet(fake);
      const r = await pacedRun(side === 'real' ? real : bare, counters[side]);
      paced[side].push(r);
      log.push(
        `${label} round ${round + 1} paced ${PACED_RATE}/s ${side === 'real' ? 'kulturpuls' : 'bare'} ${JSON.stringify(r)}`,
      );
    }
  }
  // The median round by throughput (p99 and errors from that same round, as it ran).
  const medians = (m: Map<number, LoadResult[]>) =>
    new Map([...m].map(([c, list]) => [c, medianBy(list, (r) => r.rps)]));
  const realRuns = medians(runs.real);
  const bareRuns = medians(runs.bare);
  const byP99 = (list: LoadResult[]) => medianBy(list, (r) => r.p99);
  const pacedMedian = { real: byP99(paced.real), bare: byP99(paced.bare) };
  return { realRuns, bareRuns, paced: pacedMedian, sent: counters.real.n, sentBare: counters.bare.n };
}

export async function interactionBench(): Promise<InteractionOutcome> {
  const log: string[] = [];
  const db = await prepareVoteDb('interaction', { knownVoters: true });
  const target: VoteTarget = db.target;
  // The fake runs in its own process, on its own CPU where the machine allows it.
  const fake = spawnTs(
    'bench/servers/fake-slack.ts',
    [],
    { SLACK_BOT_TOKEN: BOT_TOKEN },
    { ipc: true, ...(PINNING ? { cpus: PINNING.fake } : {}) },
  );
  log.push(
    PINNING
      ? `pinning: fake on CPU ${PINNING.fake}, servers on ${PINNING.servers}`
      : 'pinning: none (taskset or a second CPU missing)',
  );
  const fakeUrl = (await fake.waitFor(/fake-slack (\S+)/))[1] ?? '';
  const env = serverEnv(db, 0, fakeUrl);
  const servers: Child[] = [fake];
  try {
    const real = await startServer('src/main.ts', env);
    servers.push(real.child);
    const bolt = await startServer('bench/servers/bare-bolt.ts', {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fakeUrl,
    });
    servers.push(bolt.child);
    const cardBytes = await answerSize(real.url, teamsVoteRequest(target, { n: 1_000_000_000 }));
    log.push(`Kulturpuls' Teams vote answer: ${cardBytes} bytes; the bare Teams app answers the same size`);
    const teams = await startServer('bench/servers/bare-teams.ts', { CARD_BYTES: String(cardBytes) });
    servers.push(teams.child);

    const slack = await drive('slack', log, (c) => slackVoteRequest(target, c), real, bolt, fake);
    const teamsRun = await drive('teams', log, (c) => teamsVoteRequest(target, c), real, teams, fake);
    // Listeners run after Slack's ack: give the last ephemerals a moment before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const calls = await fakeSlackStats(fake);
    log.push(`slack votes sent ${slack.sent}, fake Web API calls ${JSON.stringify(calls)}`);
    // Both sides answer every vote with chat.postEphemeral on the same fake.
    const ephemeral = calls['chat.postEphemeral'] ?? 0;
    const expected = slack.sent + slack.sentBare;
    const rows = [
      ...platformRows('Slack', slack.realRuns, slack.bareRuns, slack.paced),
      {
        section: '1 Slack',
        metric: 'votes answered with chat.postEphemeral (both sides)',
        value: `${ephemeral} of ${expected}`,
        baseline: `${slack.sentBare} of them bare Bolt's`,
        ratio: ephemeral / Math.max(expected, 1),
        target: '1.00× (none lost after ack)',
        pass: ephemeral === expected,
      },
      ...platformRows('Teams', teamsRun.realRuns, teamsRun.bareRuns, teamsRun.paced),
    ];
    const k = memoryOf(real.child.pid);
    const afterRush = {
      kulturpuls: k.rssMb,
      kulturpulsPeak: k.peakMb,
      bareBolt: memoryOf(bolt.child.pid).rssMb,
      bareTeams: memoryOf(teams.child.pid).rssMb,
    };
    log.push(`after rush RSS: ${JSON.stringify(afterRush)}; cwd ${ROOT}; ${mb(k.rssMb)}`);
    return { rows, log, afterRush };
  } finally {
    for (const s of servers.reverse()) await s.stop();
  }
}
