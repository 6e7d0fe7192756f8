// A closed pulse with anonymous comments on its first statement, on a real migrated SQLite file.
import { ACTIONS, FORMS, type Message } from '../../src/core/message.js';
import type { Actor } from '../../src/core/people.js';
import type { Pulse } from '../../src/core/records.js';
import type { Settings } from '../../src/core/settings.js';
import { HOUR } from '../support/fake-clock.js';
import { buildSchedule, createTestCore, type TestCore } from '../support/test-core.js';

export const LEAD: Actor = { platform: 'local', userId: 'lead', displayName: 'Lina Leder' };
export const person = (i: number): Actor => ({
  platform: 'local',
  userId: `person${i}`,
  displayName: `Person Nummer${i}`,
});
export const commentText = (i: number) => `Kommentar nummer ${i} om møtene`;
export const flat = (message: Message | undefined) => JSON.stringify(message?.blocks ?? []);

export async function commentWorld(privacy: Partial<Settings['privacy']> = {}): Promise<TestCore> {
  return createTestCore({
    settings: {
      schedules: [buildSchedule({ id: 'pulse', kind: 'pulse', statements: 3 })],
      privacy: { minGroupSize: 5, retainMonths: 24, ...privacy },
      roles: { admins: [], leads: ['local:lead'], managers: [] },
    },
  });
}

export async function openPulse(w: TestCore, id = 'pulse_c1'): Promise<Pulse> {
  const now = w.clock.now();
  const pulse: Pulse = {
    id,
    occurrenceKey: `pulse@${now.toISOString()}`,
    questionIds: w.core.bank
      .active('pulse')
      .slice(0, 3)
      .map((q) => q.id),
    opensAt: now.toISOString(),
    closesAt: new Date(now.getTime() + 2 * HOUR).toISOString(),
    closedAt: null,
  };
  await w.store.pulses.create(pulse);
  return pulse;
}

/** Votes on the first statement and comments on it through the conversation, as every platform does. */
export async function voteAndComment(w: TestCore, pulse: Pulse, actor: Actor, text: string) {
  const questionId = pulse.questionIds[0] ?? '';
  await w.core.conversation.vote(actor, { pulseId: pulse.id, questionId, value: 4 });
  return w.core.conversation.submitForm(
    actor,
    FORMS.comment,
    { pulseId: pulse.id, questionId },
    { comment: text },
  );
}

export async function closePulse(w: TestCore, pulse: Pulse) {
  w.clock.advance(3 * HOUR);
  await w.store.pulses.close(pulse.id, w.clock.now().toISOString());
}

export const buttonsOf = (message: Message | undefined) =>
  (message?.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.buttons : []));

export const commentButton = (message: Message | undefined) =>
  buttonsOf(message).find((b) => b.actionId === ACTIONS.openComment);
