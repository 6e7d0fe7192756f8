// Promise 3 (downtime across a scheduled time) and graceful shutdown (SIGTERM while sends are in flight),
// both with the real bot as a child process.
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { type BotProcess, createWorkspace, startBot, tally, waitFor } from '../support/process-harness.js';
import { cli, fanoutConfig, platformEnv, REL_BOT_TOKEN } from '../support/reliability-fixtures.js';
import { onTestDatabase, outboxCountsOf, type TestWorkspace } from './both-stores.js';

/** A daily cron for the Oslo wall-clock minute `minutesAgo` before now. */
function cronMinutesAgo(minutesAgo: number): string {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${get('minute')} ${get('hour')} * * *`;
}

describe('the bot as a process', () => {
  let ws: TestWorkspace | undefined;
  let slack: FakeSlackApi | undefined;
  const bots: BotProcess[] = [];
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.kill('SIGKILL');
    await slack?.close();
    await ws?.remove();
  });

  it('after downtime posts an occurrence inside its grace window once and records one outside it as missed', async () => {
    slack = await startFakeSlackApi({ botToken: REL_BOT_TOKEN });
    const workspace = await onTestDatabase(createWorkspace());
    ws = workspace;
    const cron = cronMinutesAgo(3);
    const inside = fanoutConfig({ id: 'inside', kind: 'reflection', slack: 3, cron, graceMinutes: 120 });
    const outside = fanoutConfig({ id: 'outside', kind: 'reflection', slack: 3, cron, graceMinutes: 1 });
    ws.writeConfig(`${inside}${outside.slice(outside.indexOf('  - id: outside'))}`);
    const env = { ...ws.env, ...platformEnv({ slack }) };
    expect((await cli(env, ['migrate'])).code).toBe(0);
    // An earlier run considered everything up to ten minutes ago, then the bot was down.
    const mark = new Date(Date.now() - 10 * 60_000).toISOString();
    const insert = 'INSERT INTO schedule_state (schedule_id, watermark) VALUES (?, ?)';
    await ws.rows(insert, 'inside', mark);
    await ws.rows(insert, 'outside', mark);

    for (let restart = 0; restart < 2; restart += 1) {
      const bot = await startBot(env);
      bots.push(bot);
      await waitFor(
        async () => (await outboxCountsOf(workspace)).sent === 3,
        15_000,
        'the occurrence inside the grace window',
      );
      await bot.kill('SIGTERM');
    }
    const occurrences = await ws.rows<{ id: string; status: string }>(
      'SELECT schedule_id AS id, status FROM occurrences ORDER BY schedule_id',
    );
    const posts = tally(slack.messages.map((m) => m.channel));
    console.info(
      '[reliability] downtime',
      JSON.stringify({ restarts: 2, occurrences, posts: slack.messages.length, doubled: posts.doubled }),
    );
    expect(occurrences).toEqual([
      { id: 'inside', status: 'posted' },
      { id: 'outside', status: 'missed' },
    ]);
    expect(slack.messages).toHaveLength(3);
    expect(posts.doubled).toBe(0);
  }, 60_000);

  it('on SIGTERM finishes the sends in flight, marks them sent and leaves nothing in sending', async () => {
    slack = await startFakeSlackApi({ botToken: REL_BOT_TOKEN });
    slack.delayMs = 400;
    const fakeSlack = slack;
    const workspace = await onTestDatabase(createWorkspace());
    ws = workspace;
    ws.writeConfig(fanoutConfig({ slack: 20 }));
    const env = { ...ws.env, ...platformEnv({ slack }) };
    await cli(env, ['post', 'fanout', '--now']);
    const bot = await startBot(env);
    bots.push(bot);
    // The fake stores a post when it arrives and answers 400 ms later: SIGTERM lands mid-request.
    await waitFor(() => fakeSlack.messages.length >= 1, 10_000, 'the first post to arrive');
    const exit = await bot.kill('SIGTERM');
    const counts = await outboxCountsOf(ws);
    const posts = tally(slack.messages.map((m) => m.channel));
    console.info('[reliability] SIGTERM', JSON.stringify({ exit, counts, received: slack.messages.length }));
    expect(exit).toBe(0);
    expect(counts.sending ?? 0).toBe(0);
    expect(counts.sent).toBe(slack.messages.length);
    expect(posts.doubled).toBe(0);
    expect(counts.pending).toBe(20 - slack.messages.length);
  }, 60_000);
});
