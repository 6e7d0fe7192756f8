// PostgreSQL's own faults while people answer: a lock another session holds, a server that accepts
// and never answers, a full pool. The person is asked to try again within Slack's 3 seconds, nothing
// is half-written, and /healthz answers throughout and says what is wrong.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/translate.js';
import { onPostgres, pgQuery } from '../support/database.js';
import { type HangingProxy, startHangingProxy } from '../support/hanging-proxy.js';
import { waitFor } from '../support/process-harness.js';
import { reliabilityRig } from '../support/reliability-fixtures.js';
import { setUpVoteRig, startVoteRig } from './vote-rig.js';

const TRY_AGAIN = t('nb', 'error.tryAgain');
// Slack's limit for acknowledging an interaction is 3 s (api.slack.com/interactivity/handling#acknowledgment_response):
// Bolt answers 404, by its own clock, to one no listener acknowledged in time, so a 200 is in time.
const IN_TIME = 200;

/**
 * Polls /healthz every 100 ms until `done` resolves: what each answer said, and whether it came while
 * the fault lasted. A /healthz held up by the fault would answer only after it, if at all.
 */
async function healthWhile(base: string, done: Promise<unknown>) {
  const answers: { ms: number; status: number; database: string; duringFault: boolean }[] = [];
  let over = false;
  void done.finally(() => {
    over = true;
  });
  while (!over) {
    const started = performance.now();
    const res = await fetch(`${base}/healthz`);
    const body = (await res.json()) as { database: string };
    answers.push({
      ms: performance.now() - started,
      status: res.status,
      database: body.database,
      duringFault: !over,
    });
    await sleep(100);
  }
  return answers;
}

/** Sessions on the database waiting for a lock (read on a connection of its own: a transaction sees a snapshot). */
async function waitingForALock(url: string): Promise<number> {
  const [row] = await pgQuery<{ n: string }>(
    url,
    "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
  );
  return Number(row?.n);
}

async function timed<T>(work: Promise<T>): Promise<T & { ms: number }> {
  const started = performance.now();
  const result = await work;
  return { ...result, ms: performance.now() - started };
}

describe.runIf(onPostgres)('PostgreSQL faults while an answer arrives', () => {
  const rig = reliabilityRig();
  let proxy: HangingProxy | undefined;
  let directUrl = '';

  /** The vote rig with the app reaching PostgreSQL through a proxy that can stop answering. */
  async function setUp(limits: Record<string, string> = {}) {
    const setup = await setUpVoteRig(rig);
    directUrl = setup.ws.dbPath;
    const url = new URL(directUrl);
    const hanging = await startHangingProxy({ host: url.hostname, port: Number(url.port) });
    proxy = rig.track(hanging, (p) => p.close());
    const viaProxy = new URL(hanging.via(directUrl));
    for (const [name, value] of Object.entries(limits)) viaProxy.searchParams.set(name, value);
    setup.ws.env.KULTURPULS_DB = viaProxy.toString();
    const voteRig = await startVoteRig(setup);
    // Ended first: a hung connection is let go before the app stops.
    rig.track(hanging, (p) => p.resume());
    return voteRig;
  }

  it('a lock held on the answers and pulses while a person votes: "try again" in time, nothing written, health answers', async () => {
    const { vote, rows, base } = await setUp();
    const before = (await rows()).n;
    const locker = new pg.Client({ connectionString: directUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE pulse_answers, pulses IN ACCESS EXCLUSIVE MODE');
    // Held until the Slack and then the Teams click have met it (each gives up after its budget) and
    // their statements have stopped waiting for it (lock_timeout): nothing of theirs may land after.
    const voting = timed(vote());
    const released = voting.then(async () => {
      await waitFor(
        async () => (await waitingForALock(directUrl)) === 0,
        'the votes to stop waiting for the lock',
      );
      await locker.query('ROLLBACK');
    });
    const [locked, health] = await Promise.all([voting, healthWhile(base, released)]);
    await released;
    await locker.end();
    console.info('[pg-faults] locked', JSON.stringify({ voteMs: locked.ms, health }));
    expect(locked.slackText).toContain(TRY_AGAIN);
    expect(locked.teamsText).toContain(TRY_AGAIN);
    expect(locked.slackAck).toBe(IN_TIME);
    expect(health.filter((h) => h.duringFault).length).toBeGreaterThan(3);
    expect((await rows()).n).toBe(before);
    const recovered = await vote();
    expect(recovered.slackText).not.toContain(TRY_AGAIN);
    expect((await rows()).n).toBe(before + 4);
  }, 300_000);

  it('a server that accepts and never answers: "try again" in time, health says slow, all well after', async () => {
    const { vote, rows, base } = await setUp();
    const before = (await rows()).n;
    proxy?.hang();
    const voting = timed(vote());
    const resumed = voting.then(() => proxy?.resume());
    const [hung, health] = await Promise.all([voting, healthWhile(base, resumed)]);
    console.info('[pg-faults] hung', JSON.stringify({ voteMs: hung.ms, health }));
    expect(hung.slackText).toContain(TRY_AGAIN);
    expect(hung.teamsText).toContain(TRY_AGAIN);
    expect(hung.slackAck).toBe(IN_TIME);
    const duringFault = health.filter((h) => h.duringFault);
    expect(duringFault.length).toBeGreaterThan(3);
    expect(duringFault.some((h) => h.database === 'slow' || h.database === 'unreachable')).toBe(true);
    // Once the server answers again, the process does too: the vote stored whole or not at all.
    await sleep(5_000);
    const stored = (await rows()).n - before;
    expect([0, 2, 4]).toContain(stored);
    const recovered = await vote();
    expect(recovered.slackText).not.toContain(TRY_AGAIN);
    expect((await rows()).n).toBe(before + stored + 4);
    const healthAfter = (await (await fetch(`${base}/healthz`)).json()) as { database: string };
    expect(healthAfter.database).toBe('ok');
  }, 300_000);

  it('a full pool (one connection, held): "try again" in time, then the vote lands', async () => {
    const { vote, rows, app } = await setUp({ pool_size: '1' });
    const before = (await rows()).n;
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The one connection is taken by a transaction that waits (a test stand-in for a slow statement).
    const holding = app.runtime.store.transaction(async (tx) => {
      await tx.pulses.open(new Date().toISOString());
      await held;
    });
    const full = await timed(vote());
    release();
    await holding;
    expect(full.slackText).toContain(TRY_AGAIN);
    expect(full.slackAck).toBe(IN_TIME);
    // The answers given up on may still land once the connection is free: whole, never in part.
    await sleep(1_000);
    const stored = (await rows()).n - before;
    expect([0, 2, 4]).toContain(stored);
    const recovered = await vote();
    expect(recovered.slackText).not.toContain(TRY_AGAIN);
    expect((await rows()).n).toBe(before + stored + 4);
  }, 300_000);
});
