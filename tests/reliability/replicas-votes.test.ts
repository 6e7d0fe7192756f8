// Issue 16: three replicas on one database behind a round-robin proxy. 600 votes spread over them are
// stored exactly once; a Slack retry and a Teams activity that reach two replicas are handled once.
import { describe, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { type BotProcess, TEST_STORE, waitFor } from '../support/process-harness.js';
import { fanoutConfig, reliabilityRig, slackChannel } from '../support/reliability-fixtures.js';
import { startRoundRobinProxy } from '../support/round-robin-proxy.js';
import { buttonClick, fixture, sendEvent, sendInteraction } from '../support/slack-requests.js';
import { cardActionActivity, messageActivity, teamsUser } from '../support/teams-activities.js';

const REPLICAS = 3;
const VOTERS = 300;
/** Requests in flight at once through the proxy. */
const PARALLEL = 24;

describe(`${REPLICAS} replicas on one ${TEST_STORE} database behind a round-robin proxy`, () => {
  const rig = reliabilityRig();

  /** Replicas with a pulse posted to three Slack channels, and its statements. */
  async function setUp() {
    const { ws, slack, teams, cli, startReplicas, readPulse } = await rig.setUp({
      config: fanoutConfig({ slack: 3 }),
      teams: true,
    });
    await cli(['post', 'fanout', '--now']);
    const replicas = await startReplicas(REPLICAS);
    await waitFor(async () => (await ws.outboxCounts()).sent === 3, 'the pulse posted');
    return { ws, slack, teams, replicas, pulse: await readPulse() };
  }

  it('stores 600 votes spread round-robin over the replicas exactly once', async () => {
    const { ws: workspace, slack: fakeSlack, replicas, pulse } = await setUp();
    const front = rig.track(await startRoundRobinProxy(replicas.map((bot) => bot.base)), (p) => p.close());
    const clicks = [];
    for (let v = 0; v < VOTERS; v += 1) {
      for (const [qi, question] of pulse.questions.entries()) {
        const value = ((v + qi) % 5) + 1;
        clicks.push(
          buttonClick(
            `URR${v}`,
            slackChannel(v % 3),
            `${ACTIONS.pulseVote}:${question}:${value}`,
            `${pulse.id}|${question}|${value}`,
          ),
        );
      }
    }
    const statuses: number[] = [];
    for (let i = 0; i < clicks.length; i += PARALLEL) {
      const batch = clicks.slice(i, i + PARALLEL).map((click) => sendInteraction(front.url, click));
      statuses.push(...(await Promise.all(batch)).map((r) => r.status));
    }
    await waitFor(
      () => fakeSlack.callsTo('chat.postEphemeral').length >= clicks.length,
      'a reply to every vote',
    );
    const figures = {
      store: TEST_STORE,
      replicas: REPLICAS,
      votes: clicks.length,
      perReplica: replicas.map((bot) => front.hits.get(bot.base) ?? 0),
      acked: statuses.filter((s) => s === 200).length,
      answersStored: await workspace.count('SELECT COUNT(*) AS n FROM pulse_answers'),
      participants: await workspace.count('SELECT coalesce(SUM(respondents), 0) AS n FROM pulse_respondents'),
      replies: fakeSlack.callsTo('chat.postEphemeral').length,
    };
    console.info('[reliability] replicas votes', JSON.stringify(figures));
    expect(clicks).toHaveLength(600);
    expect(figures.acked).toBe(600);
    expect(figures.perReplica).toEqual([200, 200, 200]);
    expect(figures.answersStored).toBe(600);
    expect(figures.participants).toBe(VOTERS);
    expect(figures.replies).toBe(600);
  }, 300_000);

  it('handles a Slack retry and a Teams activity that reach two replicas once', async () => {
    const { ws: workspace, slack: fakeSlack, teams: fakeTeams, replicas, pulse } = await setUp();
    const [a, b] = replicas as [BotProcess, BotProcess];
    // Slack gave up waiting for the first replica's ack and retried: the retry lands on another one.
    const home = fixture('slack-app-home-opened');
    const [first, retry] = await Promise.all([
      sendEvent(a.base, home),
      sendEvent(
        b.base,
        { ...home },
        { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } },
      ),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);

    // The same Teams message (one activity id) delivered to two replicas: one reply.
    const kari = teamsUser('kari', 1);
    const message = messageActivity(fakeTeams.url, kari, 'hjelp');
    const post = (base: string, activity: unknown) =>
      fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    const messages = await Promise.all([post(a.base, message), post(b.base, message)]);
    // The same story form submitted (one invoke id) to two replicas: one story, the same answer twice.
    const story = cardActionActivity(fakeTeams.url, kari, FORMS.story, {
      kpContext: {},
      title: 'Digitalt tilsyn',
      whatChanged: 'Nattilsyn med sensor',
      whoBenefits: 'Beboere sover bedre',
      inUse: 'yes',
      canSpread: 'yes',
      sectors: 'helse-og-omsorg',
      learned: 'Involver de ansatte tidlig',
    });
    const submitted = await post(a.base, story);
    const resubmitted = await post(b.base, story);
    // A vote is never remembered by activity id (PRIVACY.md): a retry on another replica votes again,
    // which stores nothing new (one answer per person and statement).
    const vote = cardActionActivity(fakeTeams.url, kari, ACTIONS.pulseVote, {
      pulseId: pulse.id,
      questionId: pulse.questions[0],
      value: 4,
    });
    const votes = [await post(a.base, vote), await post(b.base, vote)];
    await waitFor(() => fakeSlack.callsTo('views.publish').length >= 1, 'App Home published');
    await waitFor(() => fakeTeams.sent().length >= 1, 'the Teams reply');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const figures = {
      store: TEST_STORE,
      homePublished: fakeSlack.callsTo('views.publish').length,
      teamsReplies: fakeTeams.sent(message.conversation.id).length,
      messageStatuses: messages.map((r) => r.status),
      invokeStatuses: [submitted.status, resubmitted.status, ...votes.map((r) => r.status)],
      activities: await workspace.count(
        `SELECT COUNT(*) AS n FROM teams_activities WHERE activity_id IN ('${message.id}', '${story.id}')`,
      ),
      stories: await workspace.count('SELECT COUNT(*) AS n FROM stories'),
      answers: await workspace.count('SELECT COUNT(*) AS n FROM pulse_answers'),
    };
    console.info('[reliability] replicas retries', JSON.stringify(figures));
    expect(figures.homePublished).toBe(1);
    expect(figures.teamsReplies).toBe(1);
    expect(figures.messageStatuses).toEqual([200, 200]);
    expect(figures.invokeStatuses).toEqual([200, 200, 200, 200]);
    const [answer, again] = [await submitted.text(), await resubmitted.text()];
    expect(answer).toContain('Digitalt tilsyn');
    expect(again).toBe(answer);
    expect(figures.activities).toBe(2);
    expect(figures.stories).toBe(1);
    expect(figures.answers).toBe(1);
  }, 300_000);
});
