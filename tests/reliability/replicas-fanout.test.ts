// Issue 16: three replicas on one database (SQLite file, or PostgreSQL with KULTURPULS_TEST_STORE),
// a fan-out to 1,000 Slack channels, one replica killed with kill -9 mid-way: each target posted once.
import { describe, expect, it } from 'vitest';
import { startFakeSlackApi } from '../support/fake-slack-api.js';
import {
  type BotProcess,
  createStoreWorkspace,
  endAfterEach,
  metrics,
  startReplicas,
  storeOutboxCounts,
  TEST_STORE,
  tally,
  waitFor,
} from '../support/process-harness.js';
import {
  cli,
  fanoutConfig,
  platformEnv,
  REL_BOT_TOKEN,
  slackChannel,
} from '../support/reliability-fixtures.js';

const TARGETS = 1000;
const REPLICAS = 3;

interface Health {
  status: string;
  database: string;
  replica?: string;
  duties?: { name: string; token: number }[];
}

describe(`${REPLICAS} replicas on one ${TEST_STORE} database`, () => {
  const started = endAfterEach();

  it('posts to each of 1,000 targets exactly once when one replica is killed with kill -9 mid-way', async () => {
    const slack = started.track(await startFakeSlackApi({ botToken: REL_BOT_TOKEN }), (s) => s.close());
    slack.delayMs = 3;
    const fakeSlack = slack;
    const workspace = started.track(await createStoreWorkspace(), (w) => w.dispose());
    const ws = workspace;
    ws.writeConfig(fanoutConfig({ slack: TARGETS }));
    const env = { ...ws.env, ...platformEnv({ slack }) };
    expect((await cli(env, ['migrate'])).code).toBe(0);
    expect((await cli(env, ['post', 'fanout', '--now'])).out).toContain(`${TARGETS} message(s) queued`);

    const replicas = await startReplicas(REPLICAS, env);
    started.bots.push(...replicas);
    const [, victim, ...rest] = replicas as [BotProcess, BotProcess, BotProcess];
    const survivors = [replicas[0] as BotProcess, ...rest];
    await waitFor(() => fakeSlack.messages.length >= 300, 30_000, '300 posts before the kill');
    expect(await victim.kill('SIGKILL')).toBe('SIGKILL');
    const atKill = { posted: fakeSlack.messages.length, outbox: await storeOutboxCounts(workspace) };
    expect(atKill.posted).toBeLessThan(TARGETS);

    await waitFor(
      async () => {
        const counts = await storeOutboxCounts(workspace);
        return (counts.pending ?? 0) + (counts.sending ?? 0) === 0;
      },
      // A lease of a dead process on another host (or where pids cannot be checked) runs out after 60 s.
      100_000,
      'the survivors to drain the outbox',
    );
    const perReplica = await Promise.all(survivors.map((bot) => metrics(bot.base)));
    const sum = (key: string) => perReplica.reduce((n, m) => n + (m.get(key) ?? 0), 0);
    const health = await Promise.all(
      survivors.map(async (bot) => (await (await fetch(`${bot.base}/healthz`)).json()) as Health),
    );

    const posts = tally(fakeSlack.messages.map((m) => m.channel));
    const lost = Array.from({ length: TARGETS }, (_, i) => slackChannel(i)).filter(
      (c) => !posts.counts.has(c),
    );
    const final = await storeOutboxCounts(workspace);
    const figures = {
      store: TEST_STORE,
      replicas: REPLICAS,
      targets: TARGETS,
      postedBeforeKill: atKill.posted,
      sendingAtKill: atKill.outbox.sending ?? 0,
      sentBySurvivors: perReplica.map((m) => m.get('kulturpuls_deliveries_total{outcome="sent"}') ?? 0),
      recoveredByLookup: sum('kulturpuls_deliveries_total{outcome="recovered"}'),
      doubled: posts.doubled,
      lost: lost.length,
      failed: final.failed ?? 0,
    };
    console.info('[reliability] replicas kill -9 fan-out', JSON.stringify(figures));
    expect(figures.doubled).toBe(0);
    expect(lost).toEqual([]);
    expect(final).toEqual({ sent: TARGETS });
    // Every survivor took part in the fan-out.
    for (const sent of figures.sentBySurvivors) expect(sent).toBeGreaterThan(0);

    // Each replica names itself and the duties it holds; no duty is held by two.
    expect(health.map((h) => [h.status, h.database, h.replica])).toEqual([
      ['ok', 'ok', 'replica-0'],
      ['ok', 'ok', 'replica-2'],
    ]);
    const held = health.flatMap((h) => (h.duties ?? []).map((d) => d.name));
    expect(new Set(held).size).toBe(held.length);
  }, 150_000);
});
