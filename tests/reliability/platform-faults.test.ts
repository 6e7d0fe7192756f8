// Promise 4: Slack and Teams answering 429, 5xx, closing connections (before and after they posted)
// for a while: nothing dropped, nothing doubled, the backoff visible in /metrics.
import { describe, expect, it } from 'vitest';
import { metrics, tally } from '../support/process-harness.js';
import { fanoutConfig, reliabilityRig, seedTeamsConversations } from '../support/reliability-fixtures.js';

const TARGETS = 20;

describe('platform faults', () => {
  const rig = reliabilityRig();

  it('retries 429, 500, 503 and dropped connections with backoff until every target has the post once', async () => {
    const { ws, slack, teams, startApp } = await rig.setUp({
      config: fanoutConfig({ kind: 'reflection', slack: TARGETS, teams: TARGETS }),
      teams: true,
    });
    await seedTeamsConversations(ws, TARGETS, teams.url);
    const { app, clock, base } = await startApp();

    slack.failNext(
      'chat.postMessage',
      { status: 429, retryAfter: 2 },
      { status: 500 },
      { reset: 'before' },
      { reset: 'after' },
      { error: 'internal_error' },
      { reset: 'after' },
      { status: 429, retryAfter: 1 },
    );
    // The WebClient holds its queue for a Slack Retry-After (Slack's limits are per method), so these are short.
    // A reset 'after' posts and then drops the connection: the retry must find it, not post again.
    slack.failNext('conversations.history', { status: 500 });
    teams.failNext({ status: 500 }, { status: 503 }, { reset: 'before' }, { status: 502 });
    teams.throttle(3, 20);

    const schedule = app.runtime.settings.schedules.find((s) => s.id === 'fanout');
    if (!schedule) throw new Error('no schedule');
    await app.runtime.core.occurrences.fire(schedule, clock.now(), { force: true });
    let rounds = 0;
    for (; rounds < 30; rounds += 1) {
      await app.drain();
      const counts = await app.runtime.store.outbox.counts();
      if (counts.pending === 0 && counts.sending === 0) break;
      clock.advance(20 * 60_000);
    }
    const m = await metrics(base);
    const slackTally = tally(slack.messages.map((x) => x.channel));
    const teamsTally = tally(teams.delivered().map((x) => x.conversationId ?? ''));
    const counts = await app.runtime.store.outbox.counts();
    const figures = {
      targets: 2 * TARGETS,
      faultsInjected: 7 + 1 + 4 + 3,
      rounds,
      sent: counts.sent,
      failed: counts.failed,
      slackDoubled: slackTally.doubled,
      teamsDoubled: teamsTally.doubled,
      lost: 2 * TARGETS - slackTally.distinct - teamsTally.distinct,
      retried: m.get('kulturpuls_deliveries_total{outcome="retried"}'),
      recovered: m.get('kulturpuls_deliveries_total{outcome="recovered"}'),
      backoffSeconds: m.get('kulturpuls_delivery_backoff_seconds_total'),
      rateLimitedSeconds: m.get('kulturpuls_rate_limited_seconds_total'),
    };
    console.info('[reliability] platform faults', JSON.stringify(figures));
    expect(figures.lost).toBe(0);
    expect(figures.slackDoubled).toBe(0);
    expect(figures.teamsDoubled).toBe(0);
    expect(counts.failed).toBe(0);
    expect(counts.sent).toBe(2 * TARGETS);
    expect(figures.recovered).toBeGreaterThanOrEqual(2);
    expect(figures.retried).toBeGreaterThanOrEqual(14);
    expect(figures.rateLimitedSeconds).toBeGreaterThanOrEqual(2 + 1 + 3 * 20);
    expect(figures.backoffSeconds).toBeGreaterThan(figures.rateLimitedSeconds ?? 0);
    expect(m.get('kulturpuls_delivery_retries_total{code="rate_limited"}')).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
