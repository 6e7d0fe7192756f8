// `[PLATFORMS=teams] npx tsx bench/interaction/vote-profile.ts [label]`: the vote path's CPU profile for a before/after
// comparison (issue 25). One server per platform under node --cpu-prof, a 2 s warm-up, then 8 s of
// votes at c=10; only the samples taken during those 8 s count (both clocks are CLOCK_MONOTONIC).
// Shares of the busy CPU compare across runs on a noisy machine; votes per second do not.
import { readFileSync } from 'node:fs';
import { load } from './load.js';
import { profiledServer } from './profile-server.js';

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
  const window = { fromUs: 0, toUs: 0, votes: 0 };
  const file = await profiledServer(`vote-profile-${platform}`, platform, async (url, request) => {
    await load({ url, request, connections: 10, durationS: 2 });
    window.fromUs = monotonicUs();
    window.votes = (await load({ url, request, connections: 10, durationS: 8 })).total;
    window.toUs = monotonicUs();
  });
  if (!file) throw new Error(`no ${platform} profile written`);
  return { file, window };
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
// PLATFORMS=teams profiles one platform only.
const platforms = (process.env.PLATFORMS ?? 'slack,teams').split(',') as ('slack' | 'teams')[];
for (const platform of platforms) {
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
