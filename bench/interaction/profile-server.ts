// When a target is missed: `kulturpuls start` under `node --cpu-prof` while one platform's votes run
// at 10 connections, summarised by where the CPU time went.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfile } from '../lib/cpu-profile.js';
import { freePort, spawnTs, WORK, waitForOk } from '../lib/proc.js';
import { load } from './load.js';
import { BOT_TOKEN, prepareVoteDb, serverEnv } from './prepare.js';
import { slackVoteRequest, teamsVoteRequest } from './requests.js';

/**
 * `kulturpuls start` under `node --cpu-prof` beside the fake Slack API, while `drive` sends one
 * platform's votes to it; the path of the profile written when it stops.
 */
export async function profiledServer(
  name: string,
  platform: 'slack' | 'teams',
  drive: (url: string, request: ReturnType<typeof slackVoteRequest>) => Promise<void>,
): Promise<string | undefined> {
  const db = await prepareVoteDb(name, { knownVoters: true });
  const dir = join(WORK, name, 'cpu');
  rmSync(dir, { recursive: true, force: true });
  const fake = spawnTs('bench/servers/fake-slack.ts', [], { SLACK_BOT_TOKEN: BOT_TOKEN }, { ipc: true });
  const fakeUrl = (await fake.waitFor(/fake-slack (\S+)/))[1] ?? '';
  const port = await freePort();
  const server = spawnTs('src/main.ts', ['start'], serverEnv(db, port, fakeUrl), {
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForOk(`${url}/healthz`, performance.now());
    const counter = { n: 0 };
    await drive(
      url,
      platform === 'slack' ? slackVoteRequest(db.target, counter) : teamsVoteRequest(db.target, counter),
    );
  } finally {
    // SIGTERM → app.stop() → process.exit(0), which writes the profile.
    await server.stop();
    await fake.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  return file && join(dir, file);
}

export async function profileServer(platform: 'slack' | 'teams'): Promise<string[]> {
  const file = await profiledServer(`profile-${platform}`, platform, async (url, request) => {
    await load({ url, request, connections: 10, durationS: 8 });
  });
  if (!file) return [`(no ${platform} profile written)`];
  const summary = summarizeProfile(file, 12);
  return [
    `${platform} server CPU profile (node --cpu-prof, 8 s of votes at c=10, start-up included), self time by place:`,
    ...summary.places.map((l) => `    ${l}`),
    'Inclusive time in src/:',
    ...summary.inclusive.map((l) => `    ${l}`),
  ];
}
