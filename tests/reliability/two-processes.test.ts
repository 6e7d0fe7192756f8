// Promise 2: two processes on one database file. Every target is posted once, every vote sent to
// either process is stored once, and a Slack retry that reaches the other process is caught.
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { type BotProcess, createWorkspace, startBot, tally, waitFor } from '../support/process-harness.js';
import {
  cli,
  fanoutConfig,
  platformEnv,
  REL_BOT_TOKEN,
  slackChannel,
} from '../support/reliability-fixtures.js';
import { buttonClick, fixture, sendEvent, sendInteraction } from '../support/slack-requests.js';
import { onTestDatabase, outboxCountsOf, type TestWorkspace } from './both-stores.js';

const TARGETS = 200;
const VOTERS = 40;

describe('two processes on the same database file', () => {
  let ws: TestWorkspace | undefined;
  let slack: FakeSlackApi | undefined;
  const bots: BotProcess[] = [];
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.kill('SIGKILL');
    await slack?.close();
    await ws?.remove();
  });

  it('posts each target once, stores every vote once and handles a retried event once', async () => {
    slack = await startFakeSlackApi({ botToken: REL_BOT_TOKEN });
    slack.delayMs = 2;
    const fakeSlack = slack;
    const workspace = await onTestDatabase(createWorkspace());
    ws = workspace;
    ws.writeConfig(fanoutConfig({ slack: TARGETS }));
    const env = { ...ws.env, ...platformEnv({ slack }) };
    await cli(env, ['migrate']);
    const [a, b] = await Promise.all([startBot(env), startBot(env)]);
    bots.push(a as BotProcess, b as BotProcess);
    const bases = [(a as BotProcess).base, (b as BotProcess).base] as const;
    await cli(env, ['post', 'fanout', '--now']);
    await waitFor(
      async () => {
        const counts = await outboxCountsOf(workspace);
        return (counts.sent ?? 0) === TARGETS && !counts.pending && !counts.sending;
      },
      30_000,
      'both processes to drain the outbox',
    );
    const posts = tally(slack.messages.map((m) => m.channel));

    const pulse = (
      await ws.rows<{ id: string; q: string }>('SELECT id, question_ids AS q FROM pulses')
    )[0] as {
      id: string;
      q: string | string[];
    };
    const questions = (typeof pulse.q === 'string' ? JSON.parse(pulse.q) : pulse.q) as string[];
    // Each voter answers every statement; requests alternate between the processes, and every
    // click is sent twice (a Slack retry or a double click), the second time to the other process.
    const requests: Promise<{ status: number }>[] = [];
    for (let v = 0; v < VOTERS; v += 1) {
      for (const [qi, question] of questions.entries()) {
        const value = ((v + qi) % 5) + 1;
        const click = buttonClick(
          `UV${v}`,
          slackChannel(v % TARGETS),
          `${ACTIONS.pulseVote}:${question}:${value}`,
          `${pulse.id}|${question}|${value}`,
        );
        const [first, second] = (v + qi) % 2 === 0 ? [bases[0], bases[1]] : [bases[1], bases[0]];
        requests.push(sendInteraction(first, click), sendInteraction(second, click));
      }
    }
    const answers = await Promise.all(requests);
    expect(answers.every((r) => r.status === 200)).toBe(true);
    await waitFor(
      () => fakeSlack.callsTo('chat.postEphemeral').length >= requests.length,
      15_000,
      'vote replies',
    );

    // The same event (same event_id) delivered to both processes: handled once.
    const home = fixture('slack-app-home-opened');
    await sendEvent(a?.base, home);
    await sendEvent(b?.base, { ...home });
    await waitFor(() => fakeSlack.callsTo('views.publish').length >= 1, 5_000, 'home published');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const count = async (sql: string) => Number((await workspace.rows<{ n: number }>(sql))[0]?.n);
    const stored = {
      answers: await count('SELECT COUNT(*) AS n FROM pulse_answers'),
      // Who took part is counted with the vote; the per-person rows follow in batches (PRIVACY.md).
      participants: await count('SELECT coalesce(SUM(respondents), 0) AS n FROM pulse_respondents'),
    };
    const figures = {
      processes: 2,
      targets: TARGETS,
      postsDoubled: posts.doubled,
      postsLost: TARGETS - posts.distinct,
      voteRequests: requests.length,
      answersExpected: VOTERS * questions.length,
      answersStored: stored.answers,
      participants: stored.participants,
      homePublished: slack.callsTo('views.publish').length,
    };
    console.info('[reliability] two processes', JSON.stringify(figures));
    expect(figures.postsDoubled).toBe(0);
    expect(figures.postsLost).toBe(0);
    expect(stored.answers).toBe(VOTERS * questions.length);
    expect(stored.participants).toBe(VOTERS);
    expect(figures.homePublished).toBe(1);
  }, 90_000);
});
