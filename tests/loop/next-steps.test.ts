// Next steps that are followed up, on a real migrated SQLite file: the owner is asked on the due
// date, answers with one click and a short "what we learned", and the answer reaches the digest.
import { afterEach, describe, expect, it } from 'vitest';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { ACTIONS, FORMS, type Message } from '../../src/core/message.js';
import type { Actor } from '../../src/core/people.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { DAY } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

const KARI: Actor = { platform: 'local', userId: 'kari', displayName: 'Kari Nordmann' };
const OLA: Actor = { platform: 'local', userId: 'ola', displayName: 'Ola Hansen' };
const LEAD: Actor = { platform: 'local', userId: 'lead', displayName: 'Lina Leder' };

let world: TestCore | undefined;
afterEach(() => world?.close());

async function start(): Promise<TestCore> {
  world = await createTestCore({ settings: { roles: { admins: [], leads: ['local:lead'], managers: [] } } });
  return world;
}

function learn(w: TestCore, actor: Actor, values: Record<string, string | boolean>) {
  const question = w.core.bank.active('learning')[0];
  if (!question) throw new Error('no learning question');
  return w.core.conversation.submitForm(
    actor,
    FORMS.learning,
    { questionId: question.id, occurrenceKey: '' },
    {
      text: 'Brukerne ville heller ringe enn fylle ut skjema.',
      shareName: false,
      ...values,
    },
  );
}

const buttons = (message: Message | undefined) =>
  (message?.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.buttons.map((x) => x.actionId) : []));
const buttonsWithValues = (message: Message) =>
  message.blocks.flatMap((b) =>
    b.type === 'actions' ? b.buttons.map(({ actionId, value }) => ({ actionId, value })) : [],
  );
const textOf = (message: Message | undefined) => JSON.stringify(message?.blocks ?? []);

describe('a learning-loop next step', () => {
  it('is checked back on its due date and fed into the next digest', async () => {
    const w = await start();
    expect(
      await learn(w, KARI, { tryNext: 'Prøve en telefontime hver tirsdag', nextStepOwner: '' }),
    ).toMatchObject({
      kind: 'message',
      outcome: 'ok',
    });
    const [{ id: stepId }] = (await w.rows<{ id: string }>('SELECT reflection_id AS id FROM next_steps')) as [
      { id: string },
    ];
    const stored = await w.store.nextSteps.get(stepId);
    // Nobody named: the one who wrote it owns it; 30 days is the default (2026-03-02 → 2026-04-01).
    expect(stored).toMatchObject({ ownerKey: 'local:kari', dueOn: '2026-04-01', outcome: null });

    w.clock.advance(29 * DAY);
    expect(await w.core.loop.queueCheckBacks()).toBe(0);
    w.clock.advance(DAY);
    expect(await w.core.loop.queueCheckBacks()).toBe(1);
    expect(await w.core.loop.queueCheckBacks()).toBe(0);
    const queued = (await w.store.outbox.list()).filter((d) => d.payload.type === 'checkBack');
    expect(queued.map((d) => d.target)).toEqual([{ platform: 'local', kind: 'dm', id: 'kari' }]);
    const dm = await w.core.render(
      { type: 'checkBack', stepId },
      { platform: 'local', kind: 'dm', id: 'kari' },
    );
    expect(dm?.fallbackText).toBe('Prøvde dere det? Hva skjedde?');
    expect(textOf(dm)).toContain('Prøve en telefontime hver tirsdag');
    expect(buttons(dm)).toEqual([ACTIONS.checkBackDone, ACTIONS.checkBackNotYet, ACTIONS.checkBackDropped]);

    // Only the owner answers.
    expect(await w.core.conversation.click(OLA, ACTIONS.checkBackDone, stepId)).toMatchObject({
      outcome: 'not_yours',
    });
    const done = await w.core.conversation.click(KARI, ACTIONS.checkBackDone, stepId);
    expect(done).toMatchObject({ kind: 'message', outcome: 'ok' });
    if (done.kind !== 'message') throw new Error('no message');
    expect(buttons(done.message)).toEqual([ACTIONS.openCheckBackLearned]);

    const form = await w.core.conversation.click(KARI, ACTIONS.openCheckBackLearned, stepId);
    if (form.kind !== 'form') throw new Error('no form');
    const empty = await w.core.conversation.submitForm(KARI, form.form.id, form.form.context, {
      learned: '',
    });
    expect(empty).toMatchObject({ kind: 'form_errors', errors: { learned: expect.any(String) } });
    const tooLong = 'x'.repeat(501);
    const kept = await w.core.conversation.submitForm(KARI, form.form.id, form.form.context, {
      learned: tooLong,
    });
    expect(kept.kind === 'form_errors' && kept.form.fields[0]?.initial).toBe(tooLong);
    const saved = await w.core.conversation.submitForm(KARI, form.form.id, form.form.context, {
      learned: 'Telefontimen ble full første uka',
    });
    expect(saved).toMatchObject({ kind: 'message', outcome: 'ok' });

    // Done: it leaves the open next steps and shows in April's learning loop, without a name.
    const digest = await w.core.digests.forMonth('2026-04');
    expect(digest.checkBacks).toEqual([
      {
        text: 'Prøve en telefontime hver tirsdag',
        outcome: 'done',
        learned: 'Telefontimen ble full første uka',
      },
    ]);
    expect(digest.openNextSteps).toEqual([]);
    const md = renderDigestMarkdown(digest, {
      locale: 'nb',
      bank: w.core.bank,
      sectorName: sectorNamer({ settings: w.settings }, 'nb'),
    });
    expect(md).toContain('Fulgt opp denne måneden');
    expect(md).toContain(
      '- Prøve en telefontime hver tirsdag: gjort – lærte: Telefontimen ble full første uka',
    );
    expect(md).not.toContain('Kari');
  });

  it('not yet asks again later; overdue steps are listed for leads only', async () => {
    const w = await start();
    await w.core.people.ensure(OLA);
    await learn(w, KARI, { tryNext: 'Felles lunsj med NAV', nextStepOwner: 'Ola Hansen' });
    await learn(w, KARI, {
      tryNext: 'Teste chatbot på biblioteket',
      nextStepOwner: 'Biblioteket',
      ownIt: true,
    });
    const steps = [];
    for (const { id } of await w.rows<{ id: string }>('SELECT reflection_id AS id FROM next_steps')) {
      const step = await w.store.nextSteps.get(id);
      steps.push({ owner: step?.ownerKey, text: step?.ownerText });
    }
    // A named person on the same platform owns it; "I own this" makes the writer the owner.
    expect(steps).toEqual(
      expect.arrayContaining([
        { owner: 'local:ola', text: 'Ola Hansen' },
        { owner: 'local:kari', text: 'Biblioteket' },
      ]),
    );
    w.clock.advance(31 * DAY);
    expect(await w.core.loop.queueCheckBacks()).toBe(2);
    const olaStep = String((await w.store.nextSteps.ownedBy('local:ola'))[0]?.reflectionId);
    const later = await w.core.conversation.click(OLA, ACTIONS.checkBackNotYet, olaStep);
    expect(later).toMatchObject({ outcome: 'ok' });
    expect(textOf(later.kind === 'message' ? later.message : undefined)).toContain('2. mai 2026');
    expect(await w.store.nextSteps.get(olaStep)).toMatchObject({
      outcome: 'not_yet',
      dueOn: '2026-05-02',
      remindedAt: null,
    });

    expect(await w.core.conversation.say(KARI, 'nestesteg')).toMatchObject({ outcome: 'not_allowed' });
    const listed = await w.core.conversation.say(LEAD, 'nextsteps');
    const shown = textOf(listed.kind === 'message' ? listed.message : undefined);
    expect(shown).toContain('Teste chatbot på biblioteket');
    expect(shown).not.toContain('Felles lunsj med NAV'); // moved on: not overdue any more
    expect(shown).not.toContain('Kari');

    // A lead closes any step from the list, Kari's too, and may say what was learned.
    const karisStep = String((await w.store.nextSteps.ownedBy('local:kari'))[0]?.reflectionId);
    const listedButtons = listed.kind === 'message' ? buttonsWithValues(listed.message) : [];
    expect(listedButtons).toContainEqual({ actionId: ACTIONS.checkBackDone, value: karisStep });
    const closed = await w.core.conversation.click(LEAD, ACTIONS.checkBackDone, karisStep);
    expect(closed).toMatchObject({ kind: 'message', outcome: 'ok' });
    expect(await w.store.nextSteps.get(karisStep)).toMatchObject({ outcome: 'done' });
    const learnedForm = await w.core.conversation.click(LEAD, ACTIONS.openCheckBackLearned, karisStep);
    expect(learnedForm.kind).toBe('form');
    // Someone neither owner nor lead still cannot.
    expect(await w.core.conversation.click(OLA, ACTIONS.checkBackDropped, karisStep)).toMatchObject({
      outcome: 'not_yours',
    });

    w.clock.advance(31 * DAY);
    expect(await w.core.loop.queueCheckBacks()).toBe(1);

    // Forgetting Ola clears him as owner; the step (the organisation's) stays, and he is not asked again.
    await w.core.personalData.forget('local:ola');
    expect(await w.store.nextSteps.get(olaStep)).toMatchObject({
      ownerKey: null,
      text: 'Felles lunsj med NAV',
    });
  });
});
