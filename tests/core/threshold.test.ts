import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { gate, suppressComplement } from '../../src/core/privacy/threshold.js';
import type { Pulse } from '../../src/core/records.js';
import type { ScaleValue } from '../../src/core/vocabulary.js';
import { buildPulse } from '../support/builders.js';
import { DAY, HOUR } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

// Monday 2 March 2026, 09:00 in Oslo; every pulse here closes in March.
const START = '2026-03-02T08:00:00.000Z';
const MONTH = '2026-03';

describe('threshold rules', () => {
  it('gate shows an aggregate from the threshold up, and never below the floor of 3', () => {
    expect(gate(4, 5, () => 1).shown).toBe(false);
    expect(gate(5, 5, () => 1)).toEqual({ shown: true, value: 1, n: 5 });
    expect(gate(2, 2, () => 1).shown).toBe(false);
    expect(gate(3, 2, () => 1).shown).toBe(true);
  });

  it('suppressComplement withholds a second part when exactly one is small', () => {
    expect([...suppressComplement([9, 2, 6, 12], 5)].sort()).toEqual([1, 2]);
    expect([...suppressComplement([9, 2, 3, 12], 5)].sort()).toEqual([1, 2]);
    expect(suppressComplement([9, 6, 12], 5).size).toBe(0);
  });
});

describe('threshold withholding in core.digests.forMonth', () => {
  let t: TestCore;
  let people = 0;
  afterEach(() => t.close());

  async function setup(minGroupSize = 5): Promise<void> {
    t = await createTestCore({ start: START, settings: { privacy: { minGroupSize, retainMonths: 24 } } });
  }

  /** A pulse with exactly these statements, open now for 48 hours. */
  async function pulseWith(questionIds: string[]): Promise<Pulse> {
    const now = t.clock.now();
    const pulse = buildPulse({
      questionIds,
      opensAt: now.toISOString(),
      closesAt: new Date(now.getTime() + 48 * HOUR).toISOString(),
    });
    await t.store.pulses.create(pulse);
    return pulse;
  }

  /** New people (in `sector`) each answer `questionId` with the given values. */
  async function votes(
    pulse: Pulse,
    questionId: string,
    values: number[],
    sector: string | null = null,
  ): Promise<void> {
    for (const value of values) {
      people += 1;
      const userId = `U${String(people).padStart(5, '0')}`;
      await t.store.people.upsert(
        { key: `slack:${userId}`, displayName: userId, sector },
        t.clock.now().toISOString(),
      );
      const result = await t.core.pulses.vote({
        actor: { platform: 'slack', userId },
        pulseId: pulse.id,
        questionId,
        value,
      });
      expect(result.status).toBe('recorded');
    }
  }

  /** Pulses count once closed: move past every closing time, then read March. */
  async function digestAfterClose(): Promise<Digest> {
    t.clock.advance(49 * HOUR);
    return t.core.digests.forMonth(MONTH);
  }

  const question = (digest: Digest, id: string) => digest.questions.find((line) => line.id === id);
  const dimension = (digest: Digest, id: string) => digest.dimensions.find((line) => line.id === id);

  it('withholds a statement cell with 4 answers everywhere: question, dimension, participation, sectors', async () => {
    await setup();
    const pulse = await pulseWith(['pulse-tillit-1']);
    await votes(pulse, 'pulse-tillit-1', [1, 2, 3, 4], 'helse');
    const digest = await digestAfterClose();
    expect(question(digest, 'pulse-tillit-1')?.result ?? { shown: false }).toMatchObject({ shown: false });
    expect(dimension(digest, 'tillit')?.result ?? { shown: false }).toMatchObject({ shown: false });
    expect(digest.participation.respondents).toEqual({ shown: false, n: null });
    expect(digest.participation.responses).toEqual({ shown: false, n: null });
    expect(digest.participation.rate).toEqual({ shown: false, n: null });
    expect(digest.sectors.every((line) => !line.responses.shown && !line.mean.shown)).toBe(true);
    expect(digest.withheld.cells).toBe(1);
    expect(JSON.stringify(digest)).not.toMatch(/"mean":\d/);
  });

  it('shows a statement cell with 5 answers', async () => {
    await setup();
    const pulse = await pulseWith(['pulse-tillit-1']);
    await votes(pulse, 'pulse-tillit-1', [1, 2, 3, 4, 5], 'helse');
    const digest = await digestAfterClose();
    expect(question(digest, 'pulse-tillit-1')?.result).toMatchObject({
      shown: true,
      n: 5,
      value: { mean: 3 },
    });
    expect(dimension(digest, 'tillit')?.result).toMatchObject({ shown: true, n: 5 });
    expect(digest.participation.responses).toEqual({ shown: true, value: 5, n: 5 });
    expect(digest.withheld.cells).toBe(0);
  });

  it('leaves a small cell out of every total, also where other cells of the same statement or dimension show', async () => {
    await setup();
    const first = await pulseWith(['pulse-lederforankring-1', 'pulse-humor-1']);
    await votes(first, 'pulse-lederforankring-1', [4, 4, 4, 4, 4], 'helse');
    await votes(first, 'pulse-humor-1', [1, 1, 1, 1], 'helse');
    t.clock.advance(7 * DAY);
    const second = await pulseWith(['pulse-lederforankring-1', 'pulse-lederforankring-2']);
    await votes(second, 'pulse-lederforankring-1', [1, 1, 1, 1], 'helse');
    await votes(second, 'pulse-lederforankring-2', [1, 1, 1, 1], 'helse');
    const digest = await digestAfterClose();
    expect(question(digest, 'pulse-lederforankring-1')?.result).toMatchObject({
      shown: true,
      n: 5,
      value: { mean: 4 },
    });
    expect(dimension(digest, 'lederforankring')?.result).toMatchObject({
      shown: true,
      n: 5,
      value: { mean: 4 },
    });
    expect(question(digest, 'pulse-lederforankring-2')?.result ?? { shown: false }).toMatchObject({
      shown: false,
    });
    expect(dimension(digest, 'humor')?.result ?? { shown: false }).toMatchObject({ shown: false });
    const helse = digest.sectors.find((line) => line.sector === 'helse');
    expect(helse?.responses).toMatchObject({ shown: true, value: 5 });
    expect(helse?.mean).toMatchObject({ shown: true, value: 4 });
    expect(digest.withheld.cells).toBe(3);
  });

  it('withholds a second sector when one small sector could be worked out from the total', async () => {
    await setup();
    const pulse = await pulseWith(['pulse-frihet-1']);
    await votes(pulse, 'pulse-frihet-1', [5, 5, 5, 5, 5, 5, 5], 'oppvekst');
    await votes(pulse, 'pulse-frihet-1', [4, 4, 4, 4, 4, 4], 'helse');
    await votes(pulse, 'pulse-frihet-1', [1, 1], 'teknisk');
    const digest = await digestAfterClose();
    const sector = (id: string) => digest.sectors.find((line) => line.sector === id);
    expect(sector('teknisk')?.mean.shown).toBe(false);
    expect(sector('helse')?.mean.shown).toBe(false);
    expect(sector('helse')?.responses.shown).toBe(false);
    expect(sector('oppvekst')?.mean).toMatchObject({ shown: true, value: 5 });
    expect(digest.withheld.sectors).toBe(2);
    expect(question(digest, 'pulse-frihet-1')?.result).toMatchObject({ shown: true, n: 15 });
  });

  it('counts respondents, not answers: one person answering many statements does not make a sector show', async () => {
    await setup();
    const ids = ['pulse-frihet-1', 'pulse-humor-1', 'pulse-risiko-1', 'pulse-idetid-1', 'pulse-debatter-1'];
    const pulse = await pulseWith(ids);
    for (const id of ids) await votes(pulse, id, [3, 3, 3, 3, 3, 3], 'oppvekst');
    for (const id of ids) await votes(pulse, id, [4, 4, 4, 4, 4, 4], 'helse');
    // One person in teknisk answers all five statements.
    await t.store.people.upsert({ key: 'slack:UALONE', displayName: 'Alene', sector: 'teknisk' }, START);
    for (const questionId of ids) {
      await t.core.pulses.vote({
        actor: { platform: 'slack', userId: 'UALONE' },
        pulseId: pulse.id,
        questionId,
        value: 1,
      });
    }
    const digest = await digestAfterClose();
    const teknisk = digest.sectors.find((line) => line.sector === 'teknisk');
    expect(teknisk?.mean.shown).toBe(false);
    expect(teknisk?.responses.shown).toBe(false);
  });

  it('keeps the floor of 3 even when settings say 2', async () => {
    await setup(2);
    const pulse = await pulseWith(['pulse-tillit-1', 'pulse-humor-1']);
    await votes(pulse, 'pulse-tillit-1', [2, 2]);
    await votes(pulse, 'pulse-humor-1', [5, 4, 3]);
    const digest = await digestAfterClose();
    expect(question(digest, 'pulse-tillit-1')?.result ?? { shown: false }).toMatchObject({ shown: false });
    expect(question(digest, 'pulse-humor-1')?.result).toMatchObject({
      shown: true,
      n: 3,
      value: { mean: 4 },
    });
    expect(digest.withheld.cells).toBe(1);
  });

  it('turns a reverse-scored statement (konflikt) as 6 − value in means, not in the distribution', async () => {
    await setup();
    const pulse = await pulseWith(['pulse-konflikt-1', 'pulse-tillit-1']);
    const clicked: ScaleValue[] = [1, 1, 2, 5, 1];
    await votes(pulse, 'pulse-konflikt-1', clicked);
    await votes(pulse, 'pulse-tillit-1', clicked);
    const digest = await digestAfterClose();
    expect(t.core.bank.get('pulse-konflikt-1')?.reverse).toBe(true);
    const konflikt = question(digest, 'pulse-konflikt-1')?.result;
    expect(konflikt).toMatchObject({ shown: true, value: { mean: 4, distribution: [3, 1, 0, 0, 1] } });
    expect(question(digest, 'pulse-tillit-1')?.result).toMatchObject({ shown: true, value: { mean: 2 } });
    expect(dimension(digest, 'konflikt')?.result).toMatchObject({ shown: true, value: { mean: 4 } });
  });
});
