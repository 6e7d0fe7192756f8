// Issue 21: a DM waiting out Slack's `Retry-After: 120` held SIGTERM up for minutes, past the grace
// period of Docker (10 s) and Kubernetes (30 s). The exit is bounded; what was not sent stays queued.
import { expect, it } from 'vitest';
import { sleep, tally, waitFor } from '../support/process-harness.js';
import { reliabilityRig } from '../support/reliability-fixtures.js';

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

const rig = reliabilityRig();

it('SIGTERM while a DM waits out Retry-After: 120 exits 0 at once; after a restart each DM is sent exactly once', async () => {
  const { ws, slack: fake, cli, startBot } = await rig.setUp({ config: DM_CONFIG });
  // Every process follows the workspace's clock: the restart happens after the 120 s Slack asked for.
  const start = () => startBot(ws.clockEnv);

  fake.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
  expect((await cli(['post', 'udmfirst', '--now'])).code).toBe(0);
  const bot = await start();
  await waitFor(() => fake.callsTo('chat.postMessage').length === 1, 'the first DM refused with 429');
  // The second DM is queued after Slack paused chat.postMessage for two minutes: it waits in the bot.
  expect((await cli(['post', 'udmsecond', '--now'])).code).toBe(0);
  await waitFor(
    () => fake.callsTo('conversations.open').some((c) => c.args.users === 'UDMSECOND'),
    'the second DM to be on its way',
  );
  await sleep(300);

  bot.child.kill('SIGTERM');
  // A generous bound, not a measurement: the design target is 10 s, the machine is shared and slow.
  const exit = await Promise.race([bot.exited, sleep(30_000).then(() => 'still running after 30 s')]);
  expect(exit).toBe(0);
  const afterStop = await ws.outboxCounts();
  expect(afterStop.sent ?? 0).toBe(0);
  expect(afterStop.sending ?? 0).toBe(0);
  expect(afterStop.pending).toBe(2);
  expect(fake.messages).toHaveLength(0);

  ws.setTime(new Date(Date.now() + 125_000));
  await start();
  await waitFor(async () => (await ws.outboxCounts()).sent === 2, 'both DMs sent after the restart');
  // A few more outbox rounds: nothing is sent a second time.
  await sleep(2_500);
  const posts = tally(fake.messages.map((m) => m.channel));
  console.info(
    '[reliability] bounded shutdown',
    JSON.stringify({ exit, afterStop, posts: fake.messages.length }),
  );
  expect(fake.messages.map((m) => m.channel).sort()).toEqual(['DUDMFIRST', 'DUDMSECOND']);
  expect(posts.doubled).toBe(0);
}, 300_000);
