// Privacy: the results posted to a channel show no figure of a statement fewer than
// `privacy.minGroupSize` people answered, and no figure at all when too few took part.
import { afterEach, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import type { Pulse } from '../../src/core/records.js';
import { HOUR } from '../support/fake-clock.js';
import { buildSchedule, createTestCore, INNOVASJON, type TestCore } from '../support/test-core.js';

const THRESHOLD = 5;
let t: TestCore;
afterEach(() => t?.close());

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The pulse's post reached a channel of `audience` people (stored as the outbox does on delivery). */
async function delivered(pulse: Pulse, audience: number): Promise<void> {
  const now = t.clock.now().toISOString();
  const dedupeKey = pulse.occurrenceKey ?? pulse.id;
  const payload = { type: 'pulse' as const, pulseId: pulse.id };
  await t.store.outbox.enqueue({ dedupeKey, target: INNOVASJON, payload, notBefore: now }, now);
  const [row] = await t.store.outbox.claim(now, new Date(Date.parse(now) + HOUR).toISOString(), 1);
  if (!row) throw new Error('nothing queued');
  await t.store.outbox.markSent(row.id, null, now, audience);
}

const AUDIENCE = 20;

const flat = (message: Message) =>
  message.blocks.map((b) => ('text' in b ? b.text : JSON.stringify(b))).join('\n');

it('no withheld figure appears in 40 posted results with random group sizes', async () => {
  const schedule = buildSchedule({ id: 'pulse', kind: 'pulse', statements: 3 });
  t = await createTestCore({
    settings: { schedules: [schedule], privacy: { minGroupSize: THRESHOLD, retainMonths: 24 } },
  });
  const questions = t.core.bank.active('pulse').slice(0, 3);
  const rnd = random(42);
  let withheldSeen = 0;
  for (let round = 0; round < 40; round++) {
    const now = t.clock.now().toISOString();
    const pulse: Pulse = {
      id: `pulse_r${round}`,
      occurrenceKey: `other-${round}@${now}`, // no earlier pulse of the same schedule: no comparisons
      questionIds: questions.map((q) => q.id),
      opensAt: now,
      closesAt: new Date(t.clock.now().getTime() + HOUR).toISOString(),
      closedAt: null,
    };
    await t.store.pulses.create(pulse);
    await delivered(pulse, AUDIENCE);
    const sizes = questions.map(() => Math.floor(rnd() * 9));
    const agreeing = sizes.map(() => 0);
    for (const [i, q] of questions.entries()) {
      for (let p = 0; p < (sizes[i] ?? 0); p++) {
        const value = 1 + Math.floor(rnd() * 5);
        if (value >= 4) agreeing[i] = (agreeing[i] ?? 0) + 1;
        await t.core.pulses.vote({
          actor: { platform: 'local', userId: `u${p}` },
          pulseId: pulse.id,
          questionId: q.id,
          value,
        });
      }
    }
    t.clock.advance(2 * HOUR);
    await t.store.pulses.close(pulse.id, t.clock.now().toISOString());
    const message = await t.core.render({ type: 'results', pulseId: pulse.id }, INNOVASJON);
    if (!message) throw new Error('nothing rendered');
    const text = flat(message);
    const participants = Math.max(...sizes);
    const percents = [...text.matchAll(/(\d+) %/g)].map((m) => Number(m[1]));
    const expected: number[] = [];
    if (participants >= THRESHOLD) expected.push(Math.round((participants / AUDIENCE) * 100));
    questions.forEach((q, i) => {
      const n = sizes[i] ?? 0;
      if (n >= THRESHOLD && participants >= THRESHOLD) {
        expect(text).toContain(q.text.nb);
        expected.push(Math.round(((agreeing[i] ?? 0) / n) * 100));
      } else {
        withheldSeen += 1;
        expect(text, `round ${round}: statement with ${n} answers`).not.toContain(q.text.nb);
      }
    });
    expect(percents, `round ${round}: ${text}`).toEqual(expected);
    // Counts are only the participation line's, and only when it is shown.
    const counts = [...text.matchAll(/\((\d+) av (\d+)\)/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(counts).toEqual(participants >= THRESHOLD ? [`${participants}/${AUDIENCE}`] : []);
  }
  expect(withheldSeen).toBeGreaterThan(20);
});
