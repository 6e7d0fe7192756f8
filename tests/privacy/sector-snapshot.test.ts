import { afterEach, describe, expect, it } from 'vitest';
import { localMonth } from '../../src/core/time.js';
import { DAY } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

// Issue 14: participation by sector joined each person's *current* sector, so moving one person (or
// erasing them) shifted every past month and told which months they answered.

let t: TestCore;
afterEach(() => t?.close());

describe('participation by sector in a past month', () => {
  it('does not change when a person moves to another sector or is forgotten', async () => {
    t = await createTestCore();
    const people = Array.from({ length: 12 }, (_, i) => ({
      key: `slack:USNAP${i}`,
      sector: i < 6 ? 'helse' : 'oppvekst',
    }));
    for (const p of people) {
      await t.store.people.upsert(
        { key: p.key, displayName: p.key, sector: p.sector },
        t.clock.now().toISOString(),
      );
    }
    const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 1, openHours: 48 });
    for (const [i, p] of people.entries()) {
      const userId = p.key.slice('slack:'.length);
      const actor = { platform: 'slack' as const, userId };
      await t.core.pulses.vote({
        actor,
        pulseId: pulse.id,
        questionId: pulse.questionIds[0] as string,
        value: 1 + (i % 5),
      });
    }
    t.clock.advance(3 * DAY);
    await t.core.pulses.closeDue(t.store);
    const month = localMonth(new Date(pulse.closesAt), 'Europe/Oslo');
    // Who answered, per sector and in total (how many people are known *now* is another figure).
    const answered = async () => {
      const p = (await t.core.digests.forMonth(month)).participation;
      return {
        sectors: p.sectors.map((s) => [s.sector, s.respondents]),
        total: p.respondents,
        responses: p.responses,
      };
    };
    const before = await answered();
    expect(before.sectors).toContainEqual(['helse', { shown: true, value: 6, n: 6 }]);

    await t.core.people.chooseSector('slack:USNAP0', 'oppvekst');
    await t.core.personalData.forget('slack:USNAP7');
    expect(await answered()).toEqual(before);
  });
});
