// Kaffe på tvers pairs are not kept for ever (PRIVACY.md): as long as raw pulse answers
// (`privacy.retainMonths`), never shorter than the rounds a pair must not repeat in, on a real
// migrated SQLite file through the retention job.
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/people.js';
import type { Settings } from '../../src/core/settings.js';
import { DAY } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

const SECTORS = ['helse', 'oppvekst', 'teknisk', 'kultur'];
let w: TestCore | undefined;
afterEach(() => w?.close());

async function start(settings: Partial<Settings>): Promise<TestCore> {
  w = await createTestCore({
    start: '2026-01-05T08:00:00.000Z',
    settings: {
      sectors: SECTORS.map((id) => ({ id, name: { nb: id, nn: id, en: id } })),
      quietPeriods: [],
      ...settings,
    },
  });
  for (let i = 0; i < 8; i++) {
    const actor: Actor = { platform: 'local', userId: `p${i}`, displayName: `Person ${i}` };
    await w.store.people.upsert(
      { key: `local:p${i}`, displayName: `Person ${i}`, sector: SECTORS[i % 4] ?? null },
      w.clock.now().toISOString(),
    );
    expect(await w.core.conversation.say(actor, 'kaffe join')).toMatchObject({ outcome: 'ok' });
  }
  return w;
}

/** Runs `count` fortnightly rounds; the pairs made, per round, oldest first. */
async function rounds(t: TestCore, count: number): Promise<number[]> {
  const made: number[] = [];
  for (let i = 0; i < count; i++) {
    made.push(await t.core.loop.kaffeRound());
    t.clock.advance(14 * DAY);
  }
  return made;
}

const stored = async (t: TestCore) =>
  t.rows<{ round: string; createdAt: string }>(
    'SELECT round, created_at AS "createdAt" FROM kaffe_pairs ORDER BY created_at',
  );
// Round by round, the oldest first (a round's pairs share their created_at).
const pairs = async (t: TestCore) =>
  t.rows<{ a: string; b: string }>('SELECT a_key AS a, b_key AS b FROM kaffe_pairs ORDER BY created_at');

describe('retention of Kaffe på tvers pairs', () => {
  it('keeps them as long as raw answers, when that is longer than the no-repeat window', async () => {
    const t = await start({ kaffe: { everyDays: 14, noRepeatRounds: 2 } });
    expect(await rounds(t, 10)).toEqual(Array(10).fill(4));
    const report = await t.core.retention.run();
    // 24 months of raw answers (the default) cover all ten rounds (140 days).
    expect(report.kaffeCutoff).toBe(report.cutoff);
    expect(report.kaffePairsDeleted).toBe(0);
    expect(await stored(t)).toHaveLength(40);
  });

  it('keeps the no-repeat rounds when raw answers are kept a shorter time, and pairs on without repeats', async () => {
    // One month of raw answers; a pair must not repeat within 6 rounds of 14 days: 7 × 14 = 98 days.
    const t = await start({
      privacy: { minGroupSize: 5, retainMonths: 1 },
      kaffe: { everyDays: 14, noRepeatRounds: 6 },
    });
    const made = await rounds(t, 10);
    const now = t.clock.now();
    const report = await t.core.retention.run();
    expect(report.kaffeCutoff).toBe(new Date(now.getTime() - 98 * DAY).toISOString());
    // Rounds on days 0, 14, …, 126; today is day 140: the rounds of days 0, 14 and 28 are removed.
    expect(report.kaffePairsDeleted).toBe((made[0] ?? 0) + (made[1] ?? 0) + (made[2] ?? 0));
    const left = await stored(t);
    expect(new Set(left.map((p) => p.round)).size).toBe(7);
    expect(left.every((p) => p.createdAt >= report.kaffeCutoff)).toBe(true);
    // Running it again removes nothing more.
    expect((await t.core.retention.run()).kaffePairsDeleted).toBe(0);

    // What the no-repeat rule needs is still there: the next round repeats none of the last 6 rounds.
    const pairKey = (p: { a: string; b: string }) => [p.a, p.b].sort().join(' + ');
    const recent = new Set((await pairs(t)).slice(-6 * 4).map(pairKey));
    const before = (await stored(t)).length;
    await t.core.loop.kaffeRound();
    const next = (await pairs(t)).slice(before);
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((p) => recent.has(pairKey(p)))).toEqual([]);
  });
});
