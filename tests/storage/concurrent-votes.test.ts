// Replicas voting at the same moment on one database: each person's first answer is counted once, and
// on PostgreSQL people voting side by side (same pulse, same sector counter) never fail and retry.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../support/test-core.js';

const PEOPLE = 120;

describe('votes from several processes at once', () => {
  let t: TestCore;
  afterEach(() => t.close());

  it('counts every person once and stores every answer, with no serialization failures', async () => {
    t = await createTestCore();
    const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 3, openHours: 48 });
    const now = t.clock.now().toISOString();
    await t.store.transaction(async (tx) => {
      // One sector for all: every first vote adds to the same counter row.
      for (let i = 0; i < PEOPLE; i++)
        await tx.people.upsert({ key: `slack:U${i}`, displayName: `Person ${i}`, sector: 'helse' }, now);
    });
    const worker = fileURLToPath(new URL('./vote-worker.ts', import.meta.url));
    const startAt = String(Date.now() + 2500);
    const run = promisify(execFile);
    // Each process votes another statement for the same people in the same order: one person's three
    // first answers arrive on three connections at about the same time.
    const results = await Promise.all(
      pulse.questionIds.map((questionId) =>
        run(process.execPath, [
          '--import',
          'tsx',
          worker,
          t.path,
          startAt,
          now,
          pulse.id,
          questionId,
          String(PEOPLE),
        ]),
      ),
    );
    const outcomes = results.map((r) => JSON.parse(r.stdout) as { statuses: object; conflicts: number });
    for (const outcome of outcomes) expect(outcome).toEqual({ statuses: { recorded: PEOPLE }, conflicts: 0 });
    const [answers] = await t.rows<{ n: number }>('SELECT count(*) AS n FROM pulse_answers');
    const [counted] = await t.rows<{ n: number }>(
      "SELECT sum(respondents) AS n FROM pulse_respondents WHERE sector = 'helse'",
    );
    expect(Number(answers?.n)).toBe(PEOPLE * 3);
    expect(Number(counted?.n)).toBe(PEOPLE);
  });
});
