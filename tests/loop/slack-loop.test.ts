// Slack round trip against the fake Web API: the owner's check-back DM goes out on the due date,
// "done" replaces its buttons in place, and "what we learned" opens a modal whose answer is stored.
import { afterEach, expect, it } from 'vitest';
import { REFLECTION_QUESTIONS } from '../../src/core/bank/reflection-questions.js';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { appRows } from '../support/app-database.js';
import { eventually, mutableClock, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import {
  buttonClick,
  sendCommand,
  sendInteraction,
  text,
  viewSubmission,
} from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

const DAY = 86_400_000;

it('the check-back DM is answered with one click and a short modal', async () => {
  const clock = mutableClock(new Date('2026-03-02T08:00:00Z'));
  t = await startSlackTestApp({ clock });
  const app = t;
  const core = app.app.runtime.core;
  const kari = { platform: 'slack' as const, userId: 'UKARI', displayName: 'Kari' };
  const question = core.bank.active('learning')[0];
  if (!question) throw new Error('no learning question');
  await core.conversation.submitForm(
    kari,
    FORMS.learning,
    { questionId: question.id, occurrenceKey: '' },
    { text: 'Innbyggerne ringte heller.', tryNext: 'Telefontime hver tirsdag', shareName: false },
  );

  clock.advance(30 * DAY);
  expect((await app.app.scheduler.tick(clock.now())).checkBacksQueued).toBe(1);
  await app.app.drain();
  const dm = await eventually(() => {
    const found = app.fake.messages.find((m) => m.channel === 'DUKARI' && m.text.includes('Prøvde dere det'));
    if (!found) throw new Error('no check-back DM yet');
    return found;
  });
  const stepId = JSON.stringify(dm.blocks).match(/"value":"(refl_[^"]+)"/)?.[1];
  if (!stepId) throw new Error('no step id in the buttons');
  expect(JSON.stringify(dm.blocks)).toContain(ACTIONS.checkBackNotYet);

  await sendInteraction(app.baseUrl, buttonClick('UKARI', 'DUKARI', ACTIONS.checkBackDone, stepId, dm.ts));
  await eventually(() => expect(app.fake.callsTo('chat.update')).toHaveLength(1));
  const updated = app.fake.callsTo('chat.update')[0]?.args as { ts: string; blocks: unknown };
  expect(updated.ts).toBe(dm.ts);
  expect(JSON.stringify(updated.blocks)).not.toContain(ACTIONS.checkBackDone);
  expect(JSON.stringify(updated.blocks)).toContain(ACTIONS.openCheckBackLearned);

  // Someone else's click on the same buttons is refused privately, and changes nothing.
  await sendInteraction(app.baseUrl, buttonClick('UOLA', 'DUKARI', ACTIONS.checkBackDropped, stepId, dm.ts));
  await eventually(() => expect(app.fake.callsTo('chat.postEphemeral')).toHaveLength(1));

  await sendInteraction(
    app.baseUrl,
    buttonClick('UKARI', 'DUKARI', ACTIONS.openCheckBackLearned, stepId, dm.ts),
  );
  const opened = await eventually(() => {
    const call = app.fake.callsTo('views.open')[0];
    if (!call) throw new Error('no modal yet');
    return call.args as { view: string | { private_metadata: string } };
  });
  const view = typeof opened.view === 'string' ? JSON.parse(opened.view) : opened.view;
  await sendInteraction(
    app.baseUrl,
    viewSubmission(
      'UKARI',
      FORMS.checkBackLearned,
      { learned: text('Full timeliste første uka') },
      {
        privateMetadata: view.private_metadata,
      },
    ),
  );
  await eventually(async () =>
    expect((await appRows(app.app.runtime, 'SELECT outcome, learned FROM next_steps'))[0]).toEqual({
      outcome: 'done',
      learned: 'Full timeliste første uka',
    }),
  );
});

it('Kaffe på tvers: both get their pair in a DM, and one click later says whether they met', async () => {
  const clock = mutableClock(new Date('2026-03-02T08:00:00Z'));
  t = await startSlackTestApp({ clock });
  const app = t;
  for (const user of ['UKARI', 'UOLA']) await sendCommand(app.baseUrl, { user_id: user, text: 'kaffe join' });
  await eventually(async () => expect(await app.count('kaffe_members')).toBe(2));

  expect((await app.app.scheduler.tick(clock.now())).kaffePairs).toBe(1);
  await app.app.drain();
  const paired = (user: string) =>
    app.fake.messages.find((m) => m.channel === `D${user}` && m.text === 'Kaffe på tvers');
  await eventually(() => expect([paired('UKARI'), paired('UOLA')].every(Boolean)).toBe(true));
  // The starter is one of the seed's reflection questions, the same for both.
  const starter = (user: string) =>
    ((paired(user)?.blocks ?? []) as { text?: { text?: string } }[])
      .map((b) => b.text?.text ?? '')
      .find((x) => x.startsWith('Noe å snakke om: '))
      ?.slice('Noe å snakke om: '.length);
  expect(REFLECTION_QUESTIONS.map((q) => q.text.nb)).toContain(starter('UKARI'));
  expect(starter('UOLA')).toBe(starter('UKARI'));

  // "Did you meet?" waits until halfway to the next round.
  const asked = () => app.fake.messages.find((m) => m.channel === 'DUKARI' && m.text.startsWith('Har du og'));
  expect(asked()).toBeUndefined();
  clock.advance(7 * DAY);
  await app.app.scheduler.tick(clock.now());
  await app.app.drain();
  const question = await eventually(() => {
    const found = asked();
    if (!found) throw new Error('not asked yet');
    return found;
  });
  const pairId = JSON.stringify(question.blocks).match(/"value":"(kaffe_[^"]+)"/)?.[1] ?? '';
  await sendInteraction(app.baseUrl, buttonClick('UKARI', 'DUKARI', ACTIONS.kaffeMet, pairId, question.ts));
  await eventually(() => expect(app.fake.callsTo('chat.update')).toHaveLength(1));
  const updated = app.fake.callsTo('chat.update')[0]?.args as { ts: string; blocks: unknown };
  expect(updated.ts).toBe(question.ts);
  expect(JSON.stringify(updated.blocks)).not.toContain(ACTIONS.kaffeMet);
  const [row] = await appRows<{ a: string; aMet: number | boolean | null; bMet: number | boolean | null }>(
    app.app.runtime,
    'SELECT a_key AS a, a_met AS "aMet", b_met AS "bMet" FROM kaffe_pairs',
  );
  // SQLite stores the answer as 1, PostgreSQL as true.
  expect(Number(row?.a === 'slack:UKARI' ? row?.aMet : row?.bMet)).toBe(1);
});
