// Issue 16: each schedule fires once over a simulated day while replicas restart. Every replica's clock
// follows the test (process-harness FAKE_CLOCK); each step moves it on two hours, kills one replica
// with kill -9, stops another with SIGTERM and starts two new ones, whose first ticks race.
import { describe, expect, it } from 'vitest';
import { type BotProcess, TEST_STORE, tally } from '../support/process-harness.js';
import { reliabilityRig } from '../support/reliability-fixtures.js';

/** Oslo wall-clock times of the day's schedules (daily crons), two Slack channels each. */
const TIMES = [
  ['morgen', '0 7 * * *'],
  ['formiddag', '30 9 * * *'],
  ['ettermiddag', '15 13 * * *'],
  ['kveld', '45 20 * * *'],
] as const;
const channel = (id: string, i: number) => `CDAY${id.toUpperCase()}${i}`;
/** 00:05 on Tuesday 10 March 2026 in Oslo (UTC+1), an ordinary working day. */
const START = Date.parse('2026-03-09T23:05:00.000Z');
const STEP_MS = 120 * 60_000;
const STEPS = 12;
const REPLICAS = 3;

function dayConfig(): string {
  return [
    'organisation: Testvik kommune',
    'quietPeriods: []',
    'schedules:',
    ...TIMES.flatMap(([id, cron]) => [
      `  - id: ${id}`,
      '    kind: reflection',
      `    cron: "${cron}"`,
      '    skipHolidays: false',
      // A step is two hours: a time passed between two steps is still inside its grace window.
      '    graceMinutes: 180',
      '    targets:',
      `      - "slack:channel:${channel(id, 0)}"`,
      `      - "slack:channel:${channel(id, 1)}"`,
    ]),
    '',
  ].join('\n');
}

interface Health {
  replica?: string;
  duties?: { name: string; token: number }[];
}

describe(`replicas on one ${TEST_STORE} database over a simulated day`, () => {
  const rig = reliabilityRig();

  it('fires each schedule once while replicas are killed, stopped and started', async () => {
    const { ws, slack, startBot, drained } = await rig.setUp({ config: dayConfig() });
    ws.setTime(new Date(START));
    let started = 0;
    const start = () => startBot({ ...ws.clockEnv, KULTURPULS_REPLICA_ID: `replica-${started++}` });
    const live = await Promise.all(Array.from({ length: REPLICAS }, start));

    const exits: (number | string)[] = [];
    for (let step = 1; step <= STEPS; step += 1) {
      // Sends are drained before a kill: a send in doubt is looked up by time, and the fake Slack
      // API stamps posts with the real clock, not the replicas' one.
      await drained();
      const killed = live.splice(step % live.length, 1)[0] as BotProcess;
      const stopped = live.splice(step % live.length, 1)[0] as BotProcess;
      exits.push(await killed.kill('SIGKILL'), await stopped.kill('SIGTERM'));
      ws.setTime(new Date(START + step * STEP_MS));
      live.push(...(await Promise.all([start(), start()])));
    }
    await drained();
    const health = await Promise.all(
      live.map(async (bot) => (await (await fetch(`${bot.base}/healthz`)).json()) as Health),
    );

    const posts = tally(slack.messages.map((m) => m.channel));
    const expected = TIMES.flatMap(([id]) => [channel(id, 0), channel(id, 1)]);
    const occurrences = await ws.rows<{ id: string; status: string; n: number | string }>(
      'SELECT schedule_id AS id, status, COUNT(*) AS n FROM occurrences GROUP BY schedule_id, status ORDER BY schedule_id',
    );
    const leases = await ws.rows<{ name: string; token: number | string }>(
      'SELECT name, token FROM duty_leases ORDER BY name',
    );
    const figures = {
      store: TEST_STORE,
      simulatedHours: (STEPS * STEP_MS) / 3_600_000,
      replicasStarted: started,
      killed: exits.filter((e) => e === 'SIGKILL').length,
      stopped: exits.filter((e) => e === 0).length,
      posts: slack.messages.length,
      doubled: posts.doubled,
      occurrences: occurrences.map((o) => `${o.id}:${o.status}:${Number(o.n)}`),
      dutyTokens: leases.map((l) => `${l.name}:${Number(l.token)}`),
    };
    console.info('[reliability] replicas simulated day', JSON.stringify(figures));
    expect(exits).toEqual(Array.from({ length: STEPS }, () => ['SIGKILL', 0]).flat());
    expect([...posts.counts.keys()].sort()).toEqual([...expected].sort());
    expect(figures.doubled).toBe(0);
    expect(figures.occurrences).toEqual(
      TIMES.map(([id]) => `${id}:posted:1`).sort((x, y) => x.localeCompare(y)),
    );
    // The duties changed hands as their holders went away (a higher token each time), never shared.
    expect(leases.map((l) => l.name)).toEqual(['housekeeping', 'retention']);
    for (const lease of leases) expect(Number(lease.token)).toBeGreaterThan(1);
    const held = health.flatMap((h) => (h.duties ?? []).map((d) => d.name));
    expect(new Set(held).size).toBe(held.length);
  }, 600_000);
});
