// Closing the loop on a real SQLite file after real migrations: a pulse closes, its channel post is
// replaced by the closed form (no buttons), and its results go back to the same channel.
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import type { Pulse } from '../../src/core/records.js';
import { createLocalGateway } from '../../src/local/local-gateway.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { HOUR } from '../support/fake-clock.js';
import {
  buildSchedule,
  createTestCore,
  INNOVASJON,
  silentLogger,
  type TestCore,
} from '../support/test-core.js';

const PULSE = buildSchedule({ id: 'pulse', kind: 'pulse', statements: 3, openHours: 48 });
let t: TestCore;
afterEach(() => t?.close());

async function setup(shareDelayHours = 24): Promise<TestCore> {
  t = await createTestCore({
    settings: {
      schedules: [PULSE],
      results: { shareDelayHours },
      roles: { admins: [], leads: ['local:lead'], managers: [] },
    },
  });
  return t;
}

async function drain(): Promise<void> {
  const worker = t.core.outboxWorker({ local: createLocalGateway(t.store.feed, t.clock) });
  while ((await worker.deliverDue()) > 0) {}
  await worker.stop();
}

async function openPulse(): Promise<Pulse> {
  await t.core.occurrences.fire(PULSE, t.clock.now());
  const pulse = (await t.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no pulse');
  return pulse;
}

/** `values[i]` is person i's answer; people p0…p(n-1) answer. */
async function vote(pulse: Pulse, questionIndex: number, values: number[]): Promise<void> {
  for (const [i, value] of values.entries()) {
    const result = await t.core.pulses.vote({
      actor: { platform: 'local', userId: `p${i}`, displayName: `Person ${i}` },
      pulseId: pulse.id,
      questionId: pulse.questionIds[questionIndex] as string,
      value,
    });
    expect(result.status).toBe('recorded');
  }
}

const channel = () => t.store.feed.list({ channel: INNOVASJON.id });
const text = (message: Message) => JSON.stringify(message.blocks);
const statement = (pulse: Pulse, i: number) => t.core.bank.get(pulse.questionIds[i] as string)?.text.nb ?? '';

describe('results back', () => {
  it('closes the post in place, then shares the results after the delay without withheld statements', async () => {
    await setup(24);
    for (const name of ['x1', 'x2', 'x3'])
      await t.store.people.upsert({ key: `local:${name}`, displayName: name }, t.clock.now().toISOString());
    const pulse = await openPulse();
    await drain();
    expect(await channel()).toHaveLength(1);
    expect((await channel())[0]?.message.blocks.some((b) => b.type === 'scale')).toBe(true);

    await vote(pulse, 0, [5, 4, 4, 5, 2, 3, 4]); // 7 people: 5 of 7 agree = 71 %
    await vote(pulse, 1, [1, 2, 5]); // 3 people: withheld (threshold 5)
    await vote(pulse, 2, [2, 2, 4, 4, 4, 4]); // 6 people: 4 of 6 agree = 67 %

    const scheduler = createScheduler(t.core, silentLogger);
    t.clock.advance(49 * HOUR);
    expect((await scheduler.tick()).closedPulses).toBe(1);
    await drain();
    const [post] = await channel();
    expect(await channel()).toHaveLength(1);
    expect(post?.message.blocks.map((b) => b.type)).not.toContain('scale');
    expect(post?.message.blocks.map((b) => b.type)).not.toContain('actions');
    expect(text(post?.message as Message)).toContain('avsluttet');
    expect(text(post?.message as Message)).toContain('Resultatene deles her i kanalen senest');

    // Not yet: the lead has a day to add a sentence.
    t.clock.advance(23 * HOUR);
    await scheduler.tick();
    await drain();
    expect(await channel()).toHaveLength(1);

    t.clock.advance(2 * HOUR);
    expect((await scheduler.tick()).resultsShared).toBe(1);
    await drain();
    expect(await channel()).toHaveLength(2);
    const results = text((await channel())[1]?.message as Message);
    // The local page has no channel membership to count: the count alone, never "7 av 10 known".
    expect(results).toContain('Takk! 7 svarte.');
    expect(results).toContain(`«${statement(pulse, 0)}»: 71 % enig`);
    expect(results).toContain(`«${statement(pulse, 2)}»: 67 % enig`);
    expect(results).not.toContain(statement(pulse, 1));
    expect(results).toContain('færre enn 5 svarte på, er ikke tatt med');
    expect(text((await channel())[0]?.message as Message)).toContain('Resultatene er delt her i kanalen');

    // Once only: more ticks queue nothing again.
    const deliveries = async () =>
      Number((await t.rows<{ n: unknown }>('SELECT count(*) AS n FROM deliveries'))[0]?.n);
    const before = await deliveries();
    await scheduler.tick();
    t.clock.advance(48 * HOUR);
    await scheduler.tick();
    expect(await deliveries()).toBe(before);
  });

  it("a lead's sentence goes out with the results at once; errors keep what was typed", async () => {
    await setup(24);
    const pulse = await openPulse();
    await drain();
    await vote(pulse, 0, [4, 4, 4, 4, 4]);
    const results = t.core.results;
    const sentence = 'Vi tar dette opp på allmøtet i neste uke.';

    expect(await results.note({ pulseId: pulse.id, text: sentence, by: 'local:lead' })).toEqual({
      status: 'not_closed',
      text: sentence,
    });
    t.clock.advance(49 * HOUR);
    await createScheduler(t.core, silentLogger).tick();
    expect(await results.note({ pulseId: pulse.id, text: sentence, by: 'local:p1' })).toMatchObject({
      status: 'not_allowed',
      text: sentence,
    });
    expect((await results.note({ pulseId: pulse.id, text: '   ', by: 'local:lead' })).status).toBe('empty');
    const long = 'x'.repeat(281);
    expect(await results.note({ pulseId: pulse.id, text: long, by: 'local:lead' })).toEqual({
      status: 'too_long',
      text: long,
    });
    expect((await results.note({ pulseId: 'pulse_nope', text: sentence, by: 'local:lead' })).status).toBe(
      'unknown_pulse',
    );

    expect((await results.note({ pulseId: pulse.id, text: sentence, by: 'local:lead' })).status).toBe(
      'shared',
    );
    await drain();
    const shared = text((await channel())[1]?.message as Message);
    expect(shared).toContain(`Dette gjør vi med det: ${sentence}`);
    expect(shared).toContain('«');
    expect(await results.note({ pulseId: pulse.id, text: 'En til.', by: null })).toEqual({
      status: 'already_shared',
      text: 'En til.',
    });
    // The lead's `resultat` no longer offers to add a sentence "so they are shared now".
    const lead = { platform: 'local' as const, userId: 'lead', displayName: 'Lina Leder' };
    const shown = JSON.stringify(await t.core.conversation.say(lead, `resultat ${pulse.id}`));
    expect(shown).toContain('Resultatene er allerede delt i kanalen.');
    expect(shown).not.toContain('så deles resultatene nå');
  });

  it('compares a statement only with the previous pulse of the same schedule, when both are shown', async () => {
    await setup(0);
    const first = await openPulse();
    await vote(first, 0, [5, 5, 2, 2, 2]); // 40 %
    await vote(first, 1, [5, 5]); // withheld
    t.clock.advance(49 * HOUR);
    const scheduler = createScheduler(t.core, silentLogger);
    await scheduler.tick();
    // The next pulse asks the same statements.
    const second: Pulse = {
      ...first,
      id: 'pulse_second',
      occurrenceKey: `pulse@${t.clock.now().toISOString()}`,
      opensAt: t.clock.now().toISOString(),
      closesAt: new Date(t.clock.now().getTime() + 48 * HOUR).toISOString(),
      closedAt: null,
    };
    await t.store.pulses.create(second);
    await vote(second, 0, [5, 5, 5, 2, 2]); // 60 %
    await vote(second, 1, [5, 5, 5, 5, 5]); // 100 %, but nothing to compare with
    // Only once it has closed: an open pulse's figures are refused.
    expect(await t.core.results.preview(second.id)).toMatchObject({ status: 'open' });
    t.clock.advance(49 * HOUR);
    const shown = await t.core.results.preview(second.id);
    if (shown.status !== 'shown') throw new Error(`not shown: ${shown.status}`);
    const preview = text(shown.message);
    expect(preview).toContain(`«${statement(second, 0)}»: 60 % enig (forrige gang 40 %)`);
    expect(preview).toContain(`«${statement(second, 1)}»: 100 % enig"`);
    expect(preview).not.toContain('forrige gang 100');
  });
});
