// The response rate's one definition (core/pulses/response-rate.ts), on a real store after the real
// migrations: the audiences frozen with a pulse's posts are summed, and an audience nobody could count
// leaves the count alone, never a guessed denominator.
import { afterEach, describe, expect, it } from 'vitest';
import { combinedRate, responseRate, responseRateText } from '../../src/core/pulses/response-rate.js';
import type { Pulse, Target } from '../../src/core/records.js';
import { createLocalGateway } from '../../src/local/local-gateway.js';
import { HOUR } from '../support/fake-clock.js';
import { buildSchedule, createTestCore, INNOVASJON, type TestCore } from '../support/test-core.js';

const SECOND: Target = { platform: 'local', kind: 'channel', id: 'ledere' };
const PULSE = buildSchedule({
  id: 'pulse',
  kind: 'pulse',
  statements: 1,
  openHours: 2,
  targets: [INNOVASJON, SECOND],
});
let t: TestCore;
afterEach(() => t?.close());

async function answered(pulse: Pulse, people: number): Promise<void> {
  for (let i = 0; i < people; i++) {
    await t.core.pulses.vote({
      actor: { platform: 'local', userId: `p${i}` },
      pulseId: pulse.id,
      questionId: pulse.questionIds[0] as string,
      value: 4,
    });
  }
  t.clock.advance(3 * HOUR);
  await t.core.pulses.closeDue(t.store);
}

/** The pulse as its two posts were delivered, each with the audience its channel had (null: unknown). */
async function posted(audiences: (number | null)[]): Promise<Pulse> {
  t = await createTestCore({ settings: { schedules: [PULSE] } });
  const pulse = await t.core.pulses.open({ occurrenceKey: 'pulse@x', statements: 1, openHours: 2 });
  for (const [i, target] of [INNOVASJON, SECOND].entries()) {
    const payload = { type: 'pulse' as const, pulseId: pulse.id };
    const at = t.clock.now().toISOString();
    await t.store.outbox.recordDelivered(
      { dedupeKey: 'pulse@x', target, payload, notBefore: at },
      at,
      audiences[i] ?? null,
    );
  }
  return pulse;
}

const resultsText = async (pulse: Pulse) =>
  JSON.stringify((await t.core.render({ type: 'results', pulseId: pulse.id }, INNOVASJON))?.blocks);

describe('response rate', () => {
  it('sums the audiences of the channels a pulse was posted to', async () => {
    const pulse = await posted([15, 10]);
    await answered(pulse, 6);
    expect(await resultsText(pulse)).toContain('Takk! 24 % svarte (6 av 25).');
  });

  it('shows the count alone when one channel could not be counted', async () => {
    const pulse = await posted([15, null]);
    await answered(pulse, 6);
    const text = await resultsText(pulse);
    expect(text).toContain('Takk! 6 svarte.');
    expect(text).not.toMatch(/\d+ % svarte|av \d+\)/);
  });

  it('stores no audience for a local post (local mode has no channel membership), and 1 for a direct message', async () => {
    const schedule = {
      ...PULSE,
      targets: [INNOVASJON, { platform: 'local' as const, kind: 'dm' as const, id: 'kari' }],
    };
    t = await createTestCore({ settings: { schedules: [schedule] } });
    const fired = await t.core.occurrences.fire(schedule, t.clock.now());
    const worker = t.core.outboxWorker({ local: createLocalGateway(t.store.feed, t.clock) });
    while ((await worker.deliverDue()) > 0) {}
    await worker.stop();
    expect([...(await t.store.outbox.audiencesOf(fired.key))].sort()).toEqual([1, null]);
  });

  it('is one definition: capped at 100 %, unknown when nobody could be counted, a month unknown if any pulse is', () => {
    expect(responseRate(16, 15)).toEqual({ answered: 16, asked: 15, share: 1 });
    expect(responseRate(3, 0)).toEqual({ answered: 3, asked: null, share: null });
    expect(combinedRate([responseRate(14, 15), responseRate(6, 10)])).toEqual({
      answered: 20,
      asked: 25,
      share: 0.8,
    });
    expect(combinedRate([responseRate(14, 15), responseRate(6, null)]).share).toBeNull();
    expect(responseRateText(responseRate(14, 15), 'nb')).toBe('93 % svarte (14 av 15)');
    expect(responseRateText(responseRate(14, 15), 'nn')).toBe('93 % svarte (14 av 15)');
    expect(responseRateText(responseRate(14, 15), 'en')).toBe('93% answered (14 of 15)');
    expect(responseRateText(responseRate(14, null), 'en')).toBe('14 answered');
  });
});
