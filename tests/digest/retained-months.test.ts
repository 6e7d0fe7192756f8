import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { buildPulse } from '../support/builders.js';
import { DAY, HOUR } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

// Answers given in March 2024; the digest is read again in 2026, after retention (12 months) ran.
const START = '2024-03-04T08:00:00.000Z';
const MONTH = '2024-03';

describe('months past retention', () => {
  let t: TestCore;
  afterEach(() => t.close());

  async function vote(
    pulseId: string,
    questionId: string,
    values: number[],
    sector: string,
    from: number,
  ): Promise<void> {
    for (const [i, value] of values.entries()) {
      const userId = `U${from + i}`;
      await t.store.people.upsert(
        { key: `slack:${userId}`, displayName: userId, sector },
        t.clock.now().toISOString(),
      );
      expect(
        (await t.core.pulses.vote({ actor: { platform: 'slack', userId }, pulseId, questionId, value }))
          .status,
      ).toBe('recorded');
    }
  }

  const line = (digest: Digest, id: string) => digest.questions.find((q) => q.id === id)?.result;

  it('reads the kept aggregates: the same shown means, nothing that was withheld, no sector split', async () => {
    t = await createTestCore({ start: START, settings: { privacy: { minGroupSize: 5, retainMonths: 12 } } });
    const pulse = buildPulse({
      questionIds: ['pulse-tillit-1', 'pulse-humor-1'],
      opensAt: t.clock.now().toISOString(),
      closesAt: new Date(t.clock.now().getTime() + 48 * HOUR).toISOString(),
    });
    await t.store.pulses.create(pulse);
    await vote(pulse.id, 'pulse-tillit-1', [5, 4, 4, 3, 4], 'oppvekst', 0);
    await vote(pulse.id, 'pulse-tillit-1', [2, 5, 3, 4, 4], 'kultur', 10);
    await vote(pulse.id, 'pulse-humor-1', [1, 2, 3], 'oppvekst', 20);
    t.clock.advance(3 * DAY);
    const before = await t.core.digests.forMonth(MONTH);
    expect(line(before, 'pulse-tillit-1')?.shown).toBe(true);
    expect(line(before, 'pulse-humor-1')?.shown ?? false).toBe(false);

    t.clock.set(new Date('2026-01-10T08:00:00.000Z'));
    const report = await t.core.retention.run();
    expect(report.answersDeleted).toBe(13);
    // The 3 humor voters are fewer than minGroupSize in their sector: never written, dropped at close.
    expect(report.participationDeleted).toBe(10);
    const count = async (sql: string) => Number((await t.rows<{ n: unknown }>(sql))[0]?.n);
    expect(await count('SELECT COUNT(*) AS n FROM pulse_participation')).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM pulse_answers')).toBe(0);
    // The cell under the threshold (humor, 3 answers) is not kept in any form.
    expect(
      await count("SELECT COUNT(*) AS n FROM monthly_aggregates WHERE question_id = 'pulse-humor-1'"),
    ).toBe(0);

    // A fresh process (the running one keeps the counts of closed pulses it already read in memory).
    const after = await t.openCore({ settings: t.settings, clock: t.clock }).digests.forMonth(MONTH);
    expect(line(after, 'pulse-tillit-1')).toEqual(line(before, 'pulse-tillit-1'));
    expect(after.dimensions.find((d) => d.id === 'tillit')?.result).toEqual(
      before.dimensions.find((d) => d.id === 'tillit')?.result,
    );
    expect(line(after, 'pulse-humor-1')?.shown ?? false).toBe(false);
    // Per sector there is nothing left to show for a retained month.
    expect(before.sectors.some((s) => s.responses.shown)).toBe(true);
    expect(after.sectors.filter((s) => s.responses.shown)).toEqual([]);
  });
});
