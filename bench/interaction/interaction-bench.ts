// 1. Interaction path: signed Slack votes and Teams invokes against `kulturpuls start` (child process,
// real SQLite file in WAL, Slack Web API faked in another process) and against bare SDK apps.
import type { Request } from 'autocannon';
import { type Child, freePort, memoryOf, ROOT, spawnTs, waitForOk } from '../lib/proc.js';
import { mb, ms, type Row, rps } from '../lib/table.js';
import { type LoadResult, load } from './load.js';
import { BOT_TOKEN, prepareVoteDb, serverEnv } from './prepare.js';
import { SIGNING_SECRET, slackVoteRequest, teamsVoteRequest, type VoteTarget } from './requests.js';

export const LEVELS = [1, 10, 50, 100];
const RUN_S = 5;
const PACED_RATE = 500;
const PACED_S = 10;

interface Server {
  child: Child;
  url: string;
}

async function startServer(script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawnTs(script, script.endsWith('main.ts') ? ['start'] : [], { ...env, PORT: String(port) });
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
      metric: `c=${c}: throughput (p50/p99 ms, errors)`,
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
    metric: `p99 at paced ${PACED_RATE} req/s (errors)`,
    value: `${ms(paced.real.p99)} (${paced.real.errors})`,
    baseline: `${ms(paced.bare.p99)} (${paced.bare.errors})`,
    ratio: paced.real.p99 / Math.max(paced.bare.p99, 1),
    target: '≤ 1.50×',
    pass: paced.real.p99 / Math.max(paced.bare.p99, 1) <= 1.5 && paced.real.errors === 0,
  });
  return rows;
}

async function drive(
  label: string,
  log: string[],
  makeRequest: (counter: { n: number }) => Request,
  real: Server,
  bare: Server,
) {
  const counters = { real: { n: 0 }, bare: { n: 0 } };
  // Warm-up (JIT, SQLite page cache, DM/ephemeral paths); not reported.
  await load({ url: real.url, request: makeRequest(counters.real), connections: 10, durationS: 2 });
  await load({ url: bare.url, request: makeRequest(counters.bare), connections: 10, durationS: 2 });
  const realRuns = new Map<number, LoadResult>();
  const bareRuns = new Map<number, LoadResult>();
  for (const c of LEVELS) {
    const r = await load({
      url: real.url,
      request: makeRequest(counters.real),
      connections: c,
      durationS: RUN_S,
    });
    const b = await load({
      url: bare.url,
      request: makeRequest(counters.bare),
      connections: c,
      durationS: RUN_S,
    });
    realRuns.set(c, r);
    bareRuns.set(c, b);
    log.push(`${label} c=${c}: kulturpuls ${JSON.stringify(r)} bare ${JSON.stringify(b)}`);
  }
  const pacedRun = (server: Server, counter: { n: number }) =>
    load({
      url: server.url,
      request: makeRequest(counter),
      connections: 50,
      durationS: PACED_S,
      overallRate: PACED_RATE,
    });
  const paced = { real: await pacedRun(real, counters.real), bare: await pacedRun(bare, counters.bare) };
  log.push(
    `${label} paced ${PACED_RATE}/s: kulturpuls ${JSON.stringify(paced.real)} bare ${JSON.stringify(paced.bare)}`,
  );
  return { realRuns, bareRuns, paced, sent: counters.real.n };
}

export async function interactionBench(): Promise<InteractionOutcome> {
  const log: string[] = [];
  const db = prepareVoteDb('interaction');
  const target: VoteTarget = db.target;
  const fake = spawnTs('bench/servers/fake-slack.ts', [], { SLACK_BOT_TOKEN: BOT_TOKEN }, { ipc: true });
  const fakeUrl = (await fake.waitFor(/fake-slack (\S+)/))[1] ?? '';
  const env = serverEnv(db, 0, fakeUrl);
  const servers: Child[] = [fake];
  try {
    const real = await startServer('src/main.ts', env);
    servers.push(real.child);
    const bolt = await startServer('bench/servers/bare-bolt.ts', { SLACK_SIGNING_SECRET: SIGNING_SECRET });
    servers.push(bolt.child);
    const teams = await startServer('bench/servers/bare-teams.ts', {});
    servers.push(teams.child);

    const slack = await drive('slack', log, (c) => slackVoteRequest(target, c), real, bolt);
    const teamsRun = await drive('teams', log, (c) => teamsVoteRequest(target, c), real, teams);
    // Listeners run after Slack's ack: give the last ephemerals a moment before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const calls = await fakeSlackStats(fake);
    log.push(`slack votes sent ${slack.sent}, fake Web API calls ${JSON.stringify(calls)}`);
    const ephemeral = calls['chat.postEphemeral'] ?? 0;
    const rows = [
      ...platformRows('Slack', slack.realRuns, slack.bareRuns, slack.paced),
      {
        section: '1 Slack',
        metric: 'votes answered with chat.postEphemeral',
        value: `${ephemeral} of ${slack.sent}`,
        baseline: '–',
        ratio: ephemeral / Math.max(slack.sent, 1),
        target: '1.00× (none lost after ack)',
        pass: ephemeral === slack.sent,
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
