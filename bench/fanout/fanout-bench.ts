// 2. Fan-out: a pulse reminder DM to 5,000 people through `kulturpuls start` (child process, real
// scheduler and outbox) against a local Slack Web API that enforces a per-method rate limit.
import BetterSqlite3 from 'better-sqlite3';
import { BOT_TOKEN, prepareVoteDb, serverEnv } from '../interaction/prepare.js';
import { freePort, sleep, spawnTs, waitForOk } from '../lib/proc.js';
import { type Row, secs } from '../lib/table.js';
import { startRateLimitedSlack } from './rate-limited-slack.js';

export interface FanoutOptions {
  people: number;
  /** Per method, like Slack's Web API tiers (scaled up so the floor is about 50 s). */
  perMinute: number;
}

export async function fanoutBench(options: FanoutOptions): Promise<{ rows: Row[]; log: string[] }> {
  const log: string[] = [];
  let queued = 0;
  const db = await prepareVoteDb('fanout', {
    // Past half-time of its 48 hours, so the reminders are due now.
    openedAt: new Date(Date.now() - 25 * 3_600_000),
    seed: async (runtime) => {
      // What `core.people.ensure` writes for someone new (no channel, no e-mail), through the
      // transaction's handle: the core's services use the store, which a transaction body must not.
      const now = runtime.clock.now().toISOString();
      await runtime.store.transaction(async (tx) => {
        for (let i = 0; i < options.people; i++) {
          await tx.people.upsert(
            { key: `slack:UF${i}`, displayName: `Ansatt ${i}`, email: null, sector: null },
            now,
          );
        }
      });
      queued = await runtime.core.reminders.queueDue();
    },
  });
  // The pulse's own channel post goes out with the reminders.
  const expected = queued + 1;
  const fake = await startRateLimitedSlack({ botToken: BOT_TOKEN, perMinute: options.perMinute });
  const port = await freePort();
  const child = spawnTs('src/main.ts', ['start'], serverEnv(db, port, fake.url));
  const perMs = options.perMinute / 60_000;
  const floorMs = (expected - fake.burst) / perMs;
  const deadline = performance.now() + 3 * floorMs + 30_000;
  try {
    await waitForOk(`http://127.0.0.1:${port}/healthz`, performance.now());
    while (fake.postsByKey.size < expected && performance.now() < deadline) await sleep(200);
    // Anything sent twice would arrive in the next moments (a retry after a lost answer).
    await sleep(3_000);
  } finally {
    await child.stop();
    await fake.close();
  }
  const file = new BetterSqlite3(db.dbPath, { readonly: true });
  const statuses = Object.fromEntries(
    (
      file.prepare('SELECT status, count(*) AS n FROM deliveries GROUP BY status').all() as {
        status: string;
        n: number;
      }[]
    ).map((r) => [r.status, r.n]),
  );
  file.close();
  const delivered = fake.postsByKey.size;
  const duplicated = [...fake.postsByKey.values()].filter((n) => n > 1).length;
  const lost = expected - delivered;
  const totalMs = (fake.lastPostAt ?? 0) - (fake.firstCallAt ?? 0);
  const accepted = Object.fromEntries(fake.accepted);
  const limited = Object.fromEntries(fake.limited);
  log.push(
    `fan-out: ${queued} DMs + 1 channel post, limit ${options.perMinute}/min per method (burst ${fake.burst}); ` +
      `accepted ${JSON.stringify(accepted)}, 429s ${JSON.stringify(limited)}, outbox ${JSON.stringify(statuses)}`,
  );
  const limitedTotal = [...fake.limited.values()].reduce((a, b) => a + b, 0);
  return {
    log,
    rows: [
      {
        section: '2 Fan-out',
        metric: `${queued.toLocaleString('en-US')} DMs at ${options.perMinute}/min per method`,
        value: secs(totalMs / 1000),
        baseline: `${secs(floorMs / 1000)} floor`,
        ratio: totalMs / floorMs,
        target: '≤ 1.10×',
        pass: lost === 0 && totalMs / floorMs <= 1.1,
      },
      {
        section: '2 Fan-out',
        metric: 'lost / duplicated (counted at the fake)',
        value: `${lost} / ${duplicated}`,
        baseline: `${expected} expected`,
        ratio: null,
        target: '0 / 0',
        pass: lost === 0 && duplicated === 0,
      },
      {
        section: '2 Fan-out',
        metric: 'HTTP 429 answers / outbox failed',
        value: `${limitedTotal} / ${statuses.failed ?? 0}`,
        baseline: '–',
        ratio: null,
        target: '',
      },
    ],
  };
}
