// Promise 1: kill -9 in the middle of a fan-out to 500 Slack channels and 500 Teams channels, then
// restart: every target got the post exactly once, counted at the fake Slack API and Teams connector.
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import {
  type BotProcess,
  createWorkspace,
  metrics,
  startBot,
  tally,
  waitFor,
} from '../support/process-harness.js';
import {
  cli,
  fanoutConfig,
  platformEnv,
  REL_BOT_TOKEN,
  slackChannel,
  teamsChannel,
} from '../support/reliability-fixtures.js';
import { onTestDatabase, outboxCountsOf, seedTeams, type TestWorkspace } from './both-stores.js';

const TARGETS = 500;

describe('kill -9 in the middle of a fan-out', () => {
  let ws: TestWorkspace | undefined;
  let slack: FakeSlackApi | undefined;
  let teams: FakeTeamsConnector | undefined;
  const bots: BotProcess[] = [];
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.kill('SIGKILL');
    await slack?.close();
    await teams?.close();
    await ws?.remove();
  });

  it('posts to each of 500 Slack and 500 Teams targets exactly once across the crash and restart', async () => {
    slack = await startFakeSlackApi({ botToken: REL_BOT_TOKEN });
    teams = await startFakeTeamsConnector();
    slack.delayMs = 5;
    teams.delayMs = 5;
    const workspace = await onTestDatabase(createWorkspace());
    ws = workspace;
    ws.writeConfig(fanoutConfig({ slack: TARGETS, teams: TARGETS }));
    const env = { ...ws.env, ...platformEnv({ slack, teams }) };
    await seedTeams(ws, TARGETS, teams.url);
    const queued = await cli(env, ['post', 'fanout', '--now']);
    expect(queued.out).toContain(`${2 * TARGETS} message(s) queued`);

    const first = await startBot(env);
    bots.push(first);
    const [fakeSlack, fakeTeams] = [slack, teams];
    const posted = () => fakeSlack.messages.length + fakeTeams.delivered().length;
    await waitFor(() => posted() >= 300, 20_000, '300 posts before the kill');
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    const atKill = {
      slack: slack.messages.length,
      teams: teams.delivered().length,
      outbox: await outboxCountsOf(ws),
    };
    expect(atKill.slack + atKill.teams).toBeLessThan(2 * TARGETS);

    const second = await startBot(env);
    bots.push(second);
    await waitFor(
      async () => {
        const counts = await outboxCountsOf(workspace);
        return (counts.pending ?? 0) + (counts.sending ?? 0) === 0;
      },
      30_000,
      'the outbox to drain after the restart',
    );
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
      failed: (await outboxCountsOf(ws)).failed ?? 0,
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
    expect((await outboxCountsOf(ws)).sent).toBe(2 * TARGETS);
  }, 90_000);
});
