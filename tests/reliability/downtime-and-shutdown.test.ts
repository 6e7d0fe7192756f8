// Promise 3 (downtime across a scheduled time) and graceful shutdown (SIGTERM while sends are in flight),
// both with the real bot as a child process.
import { describe, expect, it } from 'vitest';
import { tally, waitFor } from '../support/process-harness.js';
import { fanoutConfig, reliabilityRig } from '../support/reliability-fixtures.js';

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
  const rig = reliabilityRig();

  it('after downtime posts an occurrence inside its grace window once and records one outside it as missed', async () => {
    const cron = cronMinutesAgo(3);
    const inside = fanoutConfig({ id: 'inside', kind: 'reflection', slack: 3, cron, graceMinutes: 120 });
    const outside = fanoutConfig({ id: 'outside', kind: 'reflection', slack: 3, cron, graceMinutes: 1 });
    const { ws, slack, startBot } = await rig.setUp({
      config: `${inside}${outside.slice(outside.indexOf('  - id: outside'))}`,
    });
    // An earlier run considered everything up to ten minutes ago, then the bot was down.
    const mark = new Date(Date.now() - 10 * 60_000).toISOString();
    const insert = 'INSERT INTO schedule_state (schedule_id, watermark) VALUES (?, ?)';
    await ws.rows(insert, 'inside', mark);
    await ws.rows(insert, 'outside', mark);

    for (let restart = 0; restart < 2; restart += 1) {
      const bot = await startBot();
      await waitFor(
        async () => (await ws.outboxCounts()).sent === 3,
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
  }, 300_000);

  it('on SIGTERM finishes the sends in flight, marks them sent and leaves nothing in sending', async () => {
    const { ws, slack, cli, startBot } = await rig.setUp({ config: fanoutConfig({ slack: 20 }) });
    slack.delayMs = 400;
    await cli(['post', 'fanout', '--now']);
    const bot = await startBot();
    // The fake stores a post when it arrives and answers 400 ms later: SIGTERM lands mid-request.
    await waitFor(() => slack.messages.length >= 1, 'the first post to arrive');
    const exit = await bot.kill('SIGTERM');
    const counts = await ws.outboxCounts();
    const posts = tally(slack.messages.map((m) => m.channel));
    console.info('[reliability] SIGTERM', JSON.stringify({ exit, counts, received: slack.messages.length }));
    expect(exit).toBe(0);
    expect(counts.sending ?? 0).toBe(0);
    expect(counts.sent).toBe(slack.messages.length);
    expect(posts.doubled).toBe(0);
    expect(counts.pending).toBe(20 - slack.messages.length);
  }, 300_000);
});
