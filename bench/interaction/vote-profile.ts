// `npx tsx bench/interaction/vote-profile.ts [label]`: the vote path's CPU profile for a before/after
// comparison (issue 25). One server per platform under node --cpu-prof, a 2 s warm-up, then 8 s of
// votes at c=10; only the samples taken during those 8 s count (both clocks are CLOCK_MONOTONIC).
// Shares of the busy CPU compare across runs on a noisy machine; votes per second do not.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, spawnTs, WORK, waitForOk } from '../lib/proc.js';
import { load } from './load.js';
import { BOT_TOKEN, prepareVoteDb, serverEnv } from './prepare.js';
import { slackVoteRequest, teamsVoteRequest } from './requests.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
/** The load's window on the profile's clock (µs), and the votes answered in it. */
interface Window {
  fromUs: number;
  toUs: number;
  votes: number;
}

/** The vote path's own functions whose inclusive time is shown (the costs issue 25 names among them). */
const WATCHED =
  /^(parseRequestBody|parseBody|isValidSlackRequest|dashboardUrl|signedDashboardUrl|voteConfirmation|formatDateTime|renderMessage|ownPulseViewWith|withButtons|vote) /;

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
const where = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/.*\/src\//, 'src/');
const frameName = (f: ProfileNode['callFrame']) => `${f.functionName || '(anonymous)'} ${where(f.url)}`;

async function profileVotes(platform: 'slack' | 'teams'): Promise<{ file: string; window: Window }> {
  const db = await prepareVoteDb(`vote-profile-${platform}`);
  const dir = join(WORK, `vote-profile-${platform}`, 'cpu');
  rmSync(dir, { recursive: true, force: true });
  const fake = spawnTs('bench/servers/fake-slack.ts', [], { SLACK_BOT_TOKEN: BOT_TOKEN }, { ipc: true });
  const fakeUrl = (await fake.waitFor(/fake-slack (\S+)/))[1] ?? '';
  const port = await freePort();
  const server = spawnTs('src/main.ts', ['start'], serverEnv(db, port, fakeUrl), {
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  const window = { fromUs: 0, toUs: 0, votes: 0 };
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForOk(`${url}/healthz`, performance.now());
    const counter = { n: 0 };
    const request =
      platform === 'slack' ? slackVoteRequest(db.target, counter) : teamsVoteRequest(db.target, counter);
    await load({ url, request, connections: 10, durationS: 2 });
    window.fromUs = monotonicUs();
    window.votes = (await load({ url, request, connections: 10, durationS: 8 })).total;
    window.toUs = monotonicUs();
  } finally {
    // SIGTERM → app.stop() → process.exit(0), which writes the profile.
    await server.stop();
    await fake.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no ${platform} profile written`);
  return { file: join(dir, file), window };
}

/** Self and inclusive time (µs) by function, over the non-idle samples inside the window. */
function timeByFunction(profile: Profile, window: Window) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const node = nodes.get(id);
    if (!node || at < window.fromUs || at > window.toUs || node.callFrame.functionName === '(idle)') return;
    // A sample stands for the interval up to the next one.
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    busy += us;
    add(self, frameName(node.callFrame), us);
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = nodes.get(up)?.callFrame;
      const key = frame && frameName(frame);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, us);
    }
  });
  return { busy, self, inclusive };
}

const label = process.argv[2] ?? '';
for (const platform of ['slack', 'teams'] as const) {
  const { file, window } = await profileVotes(platform);
  const { busy, self, inclusive } = timeByFunction(JSON.parse(readFileSync(file, 'utf8')), window);
  const seconds = (window.toUs - window.fromUs) / 1e6;
  // µs per vote is ms per 1,000 votes.
  const perThousand = (us: number) => (us / window.votes).toFixed(1).padStart(7);
  const share = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  const top = (m: Map<string, number>, n: number, keep: (key: string) => boolean = () => true) =>
    [...m]
      .filter(([key]) => keep(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, us]) => `  ${perThousand(us)}  ${share(us)}  ${key}`);
  process.stdout.write(
    [
      `${label} ${platform}: ${window.votes} votes in ${seconds.toFixed(1)} s; busy CPU ${(busy / 1000).toFixed(0)} ms = ${perThousand(busy).trim()} ms per 1,000 votes`,
      ' self time, top 15 (ms per 1,000 votes, share of busy):',
      ...top(self, 15),
      ' inclusive, the vote path (ms per 1,000 votes, share of busy):',
      ...top(inclusive, 15, (key) => WATCHED.test(key) && !/^vote (drizzle|@microsoft)/.test(key)),
      '',
    ].join('\n'),
  );
}
