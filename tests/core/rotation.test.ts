import { afterEach, describe, expect, it } from 'vitest';
import { settingsFileSchema, toSettings } from '../../src/config/settings-schema.js';
import { DIMENSION_GROUP } from '../../src/core/bank/index.js';
import type { QuestionUsage } from '../../src/core/ports.js';
import { pickStatements } from '../../src/core/pulses/rotation.js';
import type { Question } from '../../src/core/records.js';
import type { Dimension } from '../../src/core/vocabulary.js';
import { WEEK } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

function statement(id: string, dimension: Dimension): Question {
  return {
    id,
    kind: 'pulse',
    dimension,
    text: { nb: id, nn: id, en: id },
    reverse: false,
    retired: false,
    source: 'custom',
  };
}

const usage = (questionId: string, lastAskedAt: string): QuestionUsage => ({
  questionId,
  timesAsked: 1,
  lastAskedAt,
});

const ids = (questions: Question[]) => questions.map((q) => q.id);

describe('pickStatements', () => {
  const bank = [
    statement('a1', 'tillit'),
    statement('a2', 'tillit'),
    statement('b1', 'humor'),
    statement('c1', 'frihet'),
    statement('d1', 'risiko'),
  ];

  it('takes never-asked statements before asked ones', () => {
    const picked = pickStatements(bank, [usage('a1', '2026-01-01T08:00:00.000Z')], 3);
    // Ties are taken one dimension at a time, so a2 (tillit, like a1) waits behind the other dimensions.
    expect(ids(picked)).toEqual(['b1', 'c1', 'd1']);
  });

  it('takes the least recently asked next', () => {
    const history = [
      usage('a1', '2026-03-01T08:00:00.000Z'),
      usage('a2', '2026-01-01T08:00:00.000Z'),
      usage('b1', '2026-02-01T08:00:00.000Z'),
      usage('c1', '2026-01-15T08:00:00.000Z'),
      usage('d1', '2026-02-15T08:00:00.000Z'),
    ];
    expect(ids(pickStatements(bank, history, 3))).toEqual(['a2', 'c1', 'b1']);
  });

  it('puts no two statements of one dimension in a pulse while another dimension is left', () => {
    // a1 and a2 are both never asked and first in bank order, but share a dimension.
    const picked = pickStatements(bank, [usage('b1', '2026-01-01T08:00:00.000Z')], 3);
    expect(ids(picked)).toEqual(['a1', 'c1', 'd1']);
    expect(new Set(picked.map((q) => q.dimension)).size).toBe(3);
  });

  it('repeats a dimension only when it cannot be avoided', () => {
    const onlyTwo = [statement('a1', 'tillit'), statement('a2', 'tillit'), statement('b1', 'humor')];
    expect(ids(pickStatements(onlyTwo, [], 3))).toEqual(['a1', 'b1', 'a2']);
  });
});

describe('rotation through core.pulses.open', () => {
  let t: TestCore;
  afterEach(() => t.close());

  /** Opens a pulse every `everyWeeks` weeks until every active statement was asked; returns the weeks. */
  async function weeksToCover(
    statements: number,
    everyWeeks: number,
  ): Promise<{ weeks: number; pulses: string[][] }> {
    const active = new Set(t.core.bank.active('pulse').map((q) => q.id));
    const seen = new Set<string>();
    const pulses: string[][] = [];
    for (let n = 0; n < 100; n += 1) {
      const pulse = await t.core.pulses.open({ occurrenceKey: null, statements, openHours: 48 });
      pulses.push(pulse.questionIds);
      for (const id of pulse.questionIds) seen.add(id);
      if ([...active].every((id) => seen.has(id))) return { weeks: n * everyWeeks + 1, pulses };
      t.clock.advance(everyWeeks * WEEK);
    }
    throw new Error('the rotation never covered the bank');
  }

  it('asks every statement once before asking any twice, one dimension per pulse', async () => {
    t = await createTestCore();
    const bankSize = t.core.bank.active('pulse').length;
    const { pulses } = await weeksToCover(4, 2);
    const asked = pulses.flat();
    expect(asked.slice(0, bankSize)).toHaveLength(new Set(asked.slice(0, bankSize)).size);
    for (const questionIds of pulses) {
      const dimensions = questionIds.map((id) => t.core.bank.get(id)?.dimension);
      expect(new Set(dimensions).size).toBe(dimensions.length);
    }
    // After a full round the first pulse's statements are the least recently asked again.
    t.clock.advance(2 * WEEK);
    const next = await t.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
    expect(next.questionIds).toEqual(pulses[0]);
  });

  it('asks leadership dimensions and climate items in every pulse, so each month has a culture index', async () => {
    t = await createTestCore();
    const { pulses } = await weeksToCover(4, 2);
    for (const questionIds of pulses.slice(0, 5)) {
      const groups = new Set(
        questionIds.map((id) => DIMENSION_GROUP[t.core.bank.get(id)?.dimension ?? 'laering']),
      );
      expect([...groups].sort()).toEqual(['climate', 'leadership']);
    }
  });

  it('covers the whole pulse bank within a quarter (13 weeks) with the default fortnightly pulse', async () => {
    t = await createTestCore();
    const defaults = toSettings(settingsFileSchema.parse({}), 3000);
    const pulse = defaults.schedules.find((s) => s.kind === 'pulse');
    expect(pulse).toBeDefined();
    if (!pulse) return;
    const { weeks } = await weeksToCover(pulse.statements, pulse.everyWeeks);
    const bankSize = t.core.bank.active('pulse').length;
    expect(
      weeks,
      `${pulse.statements} statements every ${pulse.everyWeeks} weeks cover the ${bankSize} statements in ${weeks} weeks`,
    ).toBeLessThanOrEqual(13);
  });

  it('the coverage arithmetic: how many statements per fortnightly pulse a quarter needs', async () => {
    t = await createTestCore();
    const bankSize = t.core.bank.active('pulse').length;
    const covers = async (statements: number) => {
      const fresh = await createTestCore();
      const saved = t;
      t = fresh;
      try {
        return (await weeksToCover(statements, 2)).weeks;
      } finally {
        await fresh.close();
        t = saved;
      }
    };
    // Seven fortnightly pulses fit in 13 weeks (weeks 1, 3, …, 13).
    const needed = Math.ceil(bankSize / 7);
    expect(await covers(needed)).toBeLessThanOrEqual(13);
    expect(await covers(needed - 1)).toBeGreaterThan(13);
  });
});
