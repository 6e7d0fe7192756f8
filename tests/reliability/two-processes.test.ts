// Promise 2: two processes on one database file. Every target is posted once, every vote sent to
// either process is stored once, and a Slack retry that reaches the other process is caught.
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { tally, waitFor } from '../support/process-harness.js';
import { fanoutConfig, reliabilityRig, slackChannel } from '../support/reliability-fixtures.js';
import { buttonClick, fixture, sendEvent, sendInteraction } from '../support/slack-requests.js';

const TARGETS = 200;
const VOTERS = 40;
/** Requests in flight at once (each click and its double go together). */
const PARALLEL = 24;

describe('two processes on the same database file', () => {
  const rig = reliabilityRig();

  it('posts each target once, stores every vote once and handles a retried event once', async () => {
    const { ws, slack, cli, startBot, readPulse } = await rig.setUp({
      config: fanoutConfig({ slack: TARGETS }),
    });
    slack.delayMs = 2;
    const [a, b] = await Promise.all([startBot(), startBot()]);
    const bases = [a.base, b.base] as const;
    await cli(['post', 'fanout', '--now']);
    await waitFor(async () => {
      const counts = await ws.outboxCounts();
      return (counts.sent ?? 0) === TARGETS && !counts.pending && !counts.sending;
    }, 'both processes to drain the outbox');
    const posts = tally(slack.messages.map((m) => m.channel));

    const pulse = await readPulse();
    const questions = pulse.questions;
    // Each voter answers every statement; requests alternate between the processes, and every
    // click is sent twice (a Slack retry or a double click), the second time to the other process.
    // They go PARALLEL at a time, as a busy day brings them: a few hundred at once would keep some
    // waiting past Slack's 3 seconds on a slow machine, and Bolt answers those 404.
    const sends: (() => Promise<{ status: number }>)[] = [];
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
        sends.push(
          () => sendInteraction(first, click),
          () => sendInteraction(second, click),
        );
      }
    }
    const answers: { status: number }[] = [];
    for (let i = 0; i < sends.length; i += PARALLEL)
      answers.push(...(await Promise.all(sends.slice(i, i + PARALLEL).map((send) => send()))));
    expect(answers.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
    await waitFor(() => slack.callsTo('chat.postEphemeral').length >= sends.length, 'vote replies');

    // The same event (same event_id) delivered to both processes: handled once.
    const home = fixture('slack-app-home-opened');
    await sendEvent(a.base, home);
    await sendEvent(b.base, { ...home });
    await waitFor(() => slack.callsTo('views.publish').length >= 1, 'home published');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const stored = {
      answers: await ws.count('SELECT COUNT(*) AS n FROM pulse_answers'),
      // Who took part is counted with the vote; the per-person rows follow in batches (PRIVACY.md).
      participants: await ws.count('SELECT coalesce(SUM(respondents), 0) AS n FROM pulse_respondents'),
    };
    const figures = {
      processes: 2,
      targets: TARGETS,
      postsDoubled: posts.doubled,
      postsLost: TARGETS - posts.distinct,
      voteRequests: sends.length,
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
  }, 300_000);
});
