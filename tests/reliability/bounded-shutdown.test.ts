// Issue 21: a DM waiting out Slack's `Retry-After: 120` held SIGTERM up for minutes, past the grace
// period of Docker (10 s) and Kubernetes (30 s). The exit is bounded; what was not sent stays queued.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startFakeSlackApi } from '../support/fake-slack-api.js';
import {
  createWorkspace,
  endAfterEach,
  sleep,
  startBot,
  tally,
  waitFor,
} from '../support/process-harness.js';
import { cli, platformEnv, REL_BOT_TOKEN } from '../support/reliability-fixtures.js';
import { onTestDatabase, outboxCountsOf } from './both-stores.js';

/** Two schedules, each a reflection question to one person's DM. */
const DM_CONFIG = [
  'organisation: Testvik kommune',
  'privacy: { minGroupSize: 3 }',
  'quietPeriods: []',
  'schedules:',
  ...['UDMFIRST', 'UDMSECOND'].flatMap((user) => [
    `  - id: ${user.toLowerCase()}`,
    '    kind: reflection',
    '    cron: "0 9 * * 1"',
    '    skipHolidays: false',
    `    targets: ["slack:dm:${user}"]`,
  ]),
  '',
].join('\n');

const { bots, track } = endAfterEach();

it('SIGTERM while a DM waits out Retry-After: 120 exits 0 at once; after a restart each DM is sent exactly once', async () => {
  const fake = track(await startFakeSlackApi({ botToken: REL_BOT_TOKEN }), (f) => f.close());
  const workspace = track(await onTestDatabase(createWorkspace()), (w) => w.remove());
  const ws = workspace;
  ws.writeConfig(DM_CONFIG);
  // Every process reads its clock from here: the restart happens after the 120 s Slack asked for.
  const clockFile = join(ws.dir, 'clock-offset');
  writeFileSync(clockFile, '0');
  const env = { ...ws.env, ...platformEnv({ slack: fake }), KULTURPULS_TEST_CLOCK_FILE: clockFile };

  fake.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
  expect((await cli(env, ['post', 'udmfirst', '--now'])).code).toBe(0);
  const bot = await startBot(env);
  bots.push(bot);
  await waitFor(() => fake.callsTo('chat.postMessage').length === 1, 15_000, 'the first DM refused with 429');
  // The second DM is queued after Slack paused chat.postMessage for two minutes: it waits in the bot.
  expect((await cli(env, ['post', 'udmsecond', '--now'])).code).toBe(0);
  await waitFor(
    () => fake.callsTo('conversations.open').some((c) => c.args.users === 'UDMSECOND'),
    15_000,
    'the second DM to be on its way',
  );
  await sleep(300);

  bot.child.kill('SIGTERM');
  // A generous bound, not a measurement: the design target is 10 s, the machine is shared and slow.
  const exit = await Promise.race([bot.exited, sleep(30_000).then(() => 'still running after 30 s')]);
  expect(exit).toBe(0);
  const afterStop = await outboxCountsOf(workspace);
  expect(afterStop.sent ?? 0).toBe(0);
  expect(afterStop.sending ?? 0).toBe(0);
  expect(afterStop.pending).toBe(2);
  expect(fake.messages).toHaveLength(0);

  writeFileSync(clockFile, String(125_000));
  const again = await startBot(env);
  bots.push(again);
  await waitFor(
    async () => (await outboxCountsOf(workspace)).sent === 2,
    20_000,
    'both DMs sent after the restart',
  );
  // A few more outbox rounds: nothing is sent a second time.
  await sleep(2_500);
  const posts = tally(fake.messages.map((m) => m.channel));
  console.info(
    '[reliability] bounded shutdown',
    JSON.stringify({ exit, afterStop, posts: fake.messages.length }),
  );
  expect(fake.messages.map((m) => m.channel).sort()).toEqual(['DUDMFIRST', 'DUDMSECOND']);
  expect(posts.doubled).toBe(0);
}, 90_000);
