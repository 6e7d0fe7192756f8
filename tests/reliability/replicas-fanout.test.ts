// Issue 16: three replicas on one database (SQLite file, or PostgreSQL with KULTURPULS_TEST_STORE),
// a fan-out to 1,000 Slack channels, one replica killed with kill -9 mid-way: each target posted once.
import { describe, expect, it } from 'vitest';
import {
  type BotProcess,
  metrics,
  PATIENCE_MS,
  TEST_STORE,
  tally,
  waitFor,
} from '../support/process-harness.js';
import { fanoutConfig, reliabilityRig, slackChannel } from '../support/reliability-fixtures.js';

const TARGETS = 1000;
const REPLICAS = 3;

interface Health {
  status: string;
  database: string;
  replica?: string;
  duties?: { name: string; token: number }[];
}

describe(`${REPLICAS} replicas on one ${TEST_STORE} database`, () => {
  const rig = reliabilityRig();

  it('posts to each of 1,000 targets exactly once when one replica is killed with kill -9 mid-way', async () => {
    const { ws, slack, cli, startReplicas, drained } = await rig.setUp({
      config: fanoutConfig({ slack: TARGETS }),
    });
    slack.delayMs = 3;
    expect((await cli(['post', 'fanout', '--now'])).out).toContain(`${TARGETS} message(s) queued`);

    const replicas = await startReplicas(REPLICAS);
    const [, victim, ...rest] = replicas as [BotProcess, BotProcess, BotProcess];
    const survivors = [replicas[0] as BotProcess, ...rest];
    await waitFor(() => slack.messages.length >= 300, '300 posts before the kill');
    expect(await victim.kill('SIGKILL')).toBe('SIGKILL');
    const atKill = { posted: slack.messages.length, outbox: await ws.outboxCounts() };
    expect(atKill.posted).toBeLessThan(TARGETS);

    // A lease of a dead process on another host (or where pids cannot be checked) runs out after 60 s.
    await drained('the survivors to drain the outbox', PATIENCE_MS + 60_000);
    const perReplica = await Promise.all(survivors.map((bot) => metrics(bot.base)));
    const sum = (key: string) => perReplica.reduce((n, m) => n + (m.get(key) ?? 0), 0);
    const health = await Promise.all(
      survivors.map(async (bot) => (await (await fetch(`${bot.base}/healthz`)).json()) as Health),
    );

    const posts = tally(slack.messages.map((m) => m.channel));
    const lost = Array.from({ length: TARGETS }, (_, i) => slackChannel(i)).filter(
      (c) => !posts.counts.has(c),
    );
    const final = await ws.outboxCounts();
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
  }, 300_000);
});
