// Promise 1: kill -9 in the middle of a fan-out to 500 Slack channels and 500 Teams channels, then
// restart: every target got the post exactly once, counted at the fake Slack API and Teams connector.
import { describe, expect, it } from 'vitest';
import { metrics, tally, waitFor } from '../support/process-harness.js';
import {
  fanoutConfig,
  reliabilityRig,
  seedTeamsConversations,
  slackChannel,
  teamsChannel,
} from '../support/reliability-fixtures.js';

const TARGETS = 500;

describe('kill -9 in the middle of a fan-out', () => {
  const rig = reliabilityRig();

  it('posts to each of 500 Slack and 500 Teams targets exactly once across the crash and restart', async () => {
    const { ws, slack, teams, cli, startBot, drained } = await rig.setUp({
      config: fanoutConfig({ slack: TARGETS, teams: TARGETS }),
      teams: true,
    });
    slack.delayMs = 5;
    teams.delayMs = 5;
    await seedTeamsConversations(ws, TARGETS, teams.url);
    const queued = await cli(['post', 'fanout', '--now']);
    expect(queued.out).toContain(`${2 * TARGETS} message(s) queued`);

    const first = await startBot();
    const posted = () => slack.messages.length + teams.delivered().length;
    await waitFor(() => posted() >= 300, '300 posts before the kill');
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    const atKill = {
      slack: slack.messages.length,
      teams: teams.delivered().length,
      outbox: await ws.outboxCounts(),
    };
    expect(atKill.slack + atKill.teams).toBeLessThan(2 * TARGETS);

    const second = await startBot();
    await drained('the outbox to drain after the restart');
    const m = await metrics(second.base);

    const slackTally = tally(slack.messages.map((msg) => msg.channel));
    const teamsTally = tally(teams.delivered().map((call) => call.conversationId ?? ''));
    const slackLost = Array.from({ length: TARGETS }, (_, i) => slackChannel(i)).filter(
      (c) => !slackTally.counts.has(c),
    );
    const teamsLost = Array.from({ length: TARGETS }, (_, i) => teamsChannel(i)).filter(
      (c) => !teamsTally.counts.has(c),
    );
    const figures = {
      targets: 2 * TARGETS,
      restarts: 1,
      postedBeforeKill: atKill.slack + atKill.teams,
      sendingAtKill: atKill.outbox.sending ?? 0,
      slackDoubled: slackTally.doubled,
      teamsDoubled: teamsTally.doubled,
      slackLost: slackLost.length,
      teamsLost: teamsLost.length,
      recoveredByLookup: m.get('kulturpuls_deliveries_total{outcome="recovered"}'),
      assumedSent: m.get('kulturpuls_deliveries_total{outcome="assumed_sent"}'),
      failed: (await ws.outboxCounts()).failed ?? 0,
    };
    console.info('[reliability] kill -9 fan-out', JSON.stringify(figures));

    expect(figures.slackDoubled).toBe(0);
    expect(figures.teamsDoubled).toBe(0);
    expect(slackLost).toEqual([]);
    // Teams cannot be asked whether a post arrived: a row in doubt is counted as sent, never resent.
    // A loss could only come from such a row (see RELIABILITY.md); every other target is exactly once.
    expect(figures.teamsLost).toBeLessThanOrEqual(figures.assumedSent ?? 0);
    expect(figures.assumedSent ?? 0).toBeLessThanOrEqual(figures.sendingAtKill);
    expect(figures.failed).toBe(0);
    expect((await ws.outboxCounts()).sent).toBe(2 * TARGETS);
  }, 300_000);
});
