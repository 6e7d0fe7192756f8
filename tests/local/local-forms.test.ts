import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, FORMS, type Form, type Message } from '../../src/core/message.js';
import { type LocalApp, startLocalApp } from './local-app.js';

type Item = { id: number; message: Message };
type State = { channels: { id: string; items: Item[] }[]; dms: Item[]; awaiting: Message[] };

const STORY = {
  title: 'Felles innkjøp av velferdsteknologi',
  whatChanged: 'Tre sektorer kjøper nå sammen.',
  whoBenefits: 'Brukerne får utstyret raskere.',
  inUse: 'yes',
  canSpread: 'yes',
  sectors: ['helse-og-omsorg', 'teknisk'],
  learned: 'Start smått.',
};

const DAY = 86_400_000;
const buttons = (message: Message | undefined) =>
  (message?.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.buttons : []));

describe('local API: forms and actions', () => {
  let local: LocalApp;

  beforeEach(async () => {
    local = await startLocalApp();
  });
  afterEach(async () => {
    expect(local.errors).toEqual([]);
    await local.stop();
  });

  const state = async (as: string) => (await local.get(`/local/api/state?as=${as}`)).body as unknown as State;
  const submit = (as: string, formId: string, values: Record<string, unknown>, context = {}) =>
    local.post('/local/api/form', { as, formId, context, values });

  it('serves the story form and keeps what was typed next to each error', async () => {
    const got = await local.get('/local/api/form?as=local:kari&kind=story');
    expect(got.status).toBe(200);
    const form = got.body.form as Form;
    expect(form.id).toBe(FORMS.story);
    expect(form.fields.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['text', 'textarea', 'select', 'multiselect']),
    );

    const rejected = await submit('local:kari', FORMS.story, { ...STORY, sectors: [], title: '' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.ok).toBe(false);
    const errors = rejected.body.errors as Record<string, string>;
    expect(Object.keys(errors).sort()).toEqual(['sectors', 'title']);
    expect(errors.title).toBe('Dette feltet må fylles ut.');
    const kept = rejected.body.form as Form;
    expect(kept.fields.find((f) => f.id === 'whatChanged')?.initial).toBe(STORY.whatChanged);
    expect(await local.app.runtime.store.content.storiesBy('local:kari')).toEqual([]);

    const accepted = await submit('local:kari', FORMS.story, STORY);
    expect(accepted.body.ok).toBe(true);
    expect((accepted.body.confirmation as Message).fallbackText).toContain(STORY.title);
    expect(accepted.body.story).toBeUndefined();
    expect((await local.app.runtime.store.content.storiesBy('local:kari')).map((s) => s.title)).toEqual([
      STORY.title,
    ]);
  });

  it('answers a posted reflection question through its button value', async () => {
    await local.fire('weekly-reflection');
    const post = (await state('local:ola')).channels[0]?.items[0]?.message;
    const open = buttons(post).find((b) => b.actionId === ACTIONS.openReflection);
    expect(open?.value).toMatch(/\|weekly-reflection@/);

    const got = await local.get(
      `/local/api/form?as=local:ola&kind=reflection&value=${encodeURIComponent(open?.value ?? '')}`,
    );
    const form = got.body.form as Form;
    expect(form.id).toBe(FORMS.reflection);
    const done = await submit(
      'local:ola',
      form.id,
      { text: 'Vi lærte å spørre brukerne først.', shareName: true },
      form.context,
    );
    expect(done.body.ok).toBe(true);
    expect(await local.app.runtime.store.content.reflectionsBy('local:ola')).toHaveLength(1);

    const missing = await local.get('/local/api/form?as=local:ola&kind=reflection&value=nope%7Cx');
    expect(missing.status).toBe(404);
  });

  it('runs a nomination through consent and recognition', async () => {
    const unknown = await submit('local:kari', FORMS.nomination, {
      nomineeKind: 'person',
      nominee: 'nobody',
      dimension: 'anerkjennelse',
      reason: 'x',
    });
    expect(unknown.body.ok).toBe(false);
    expect(Object.keys(unknown.body.errors as object)).toEqual(['nominee']);
    expect(await local.app.runtime.store.people.get('local:nobody')).toBeUndefined();

    const nominated = await submit('local:kari', FORMS.nomination, {
      nomineeKind: 'person',
      nominee: 'ola',
      dimension: 'anerkjennelse',
      reason: 'Ola løftet fram forslagene fra de ansatte.',
      sectors: ['teknisk'],
    });
    expect(nominated.body.ok).toBe(true);
    await local.app.drain();

    const consent = (await state('local:ola')).dms[0]?.message;
    const accept = buttons(consent).find((b) => b.actionId === ACTIONS.consentAccept);
    expect(accept).toBeDefined();
    const id = accept?.value ?? '';
    const act = (as: string, actionId: string) =>
      local.post('/local/api/action', { as, actionId, value: id });

    expect((await act('local:aisha', ACTIONS.consentAccept)).status).toBe(403);
    const recogniseTooEarly = await act('local:kari', ACTIONS.recognise);
    expect(recogniseTooEarly.status).toBe(409);
    const accepted = await act('local:ola', ACTIONS.consentAccept);
    expect(accepted.status).toBe(200);
    expect(accepted.body.message).toContain('synlig');
    expect((await act('local:ola', ACTIONS.consentDecline)).status).toBe(409);

    expect((await act('local:aisha', ACTIONS.recognise)).status).toBe(403);
    const awaiting = (await state('local:kari')).awaiting;
    expect(buttons(awaiting[0]).map((b) => b.value)).toEqual([id]);
    expect((await act('local:kari', ACTIONS.recognise)).status).toBe(200);
    expect((await act('local:kari', ACTIONS.recognise)).status).toBe(409);
    await local.app.drain();
    const channel = (await state('local:aisha')).channels.find((c) => c.id === 'innovasjon');
    expect(channel?.items[0]?.message.fallbackText).toContain('Ola Hansen');
    expect((await state('local:kari')).awaiting).toEqual([]);
  });

  it('changes language and pauses reminders', async () => {
    const lang = await local.post('/local/api/settings', { as: 'local:sara', locale: 'nn' });
    expect(lang.body.message).toBe('Språket er endra til nynorsk.');
    const s = (await local.get('/local/api/state?as=local:sara')).body as {
      texts: Record<string, string>;
      me: { paused: boolean };
    };
    expect(s.texts['local.pick.heading']).toBe('Kven er du?');
    const pause = await local.post('/local/api/settings', { as: 'local:sara', paused: true });
    expect(pause.status).toBe(200);
    expect((await local.app.runtime.store.people.get('local:sara'))?.paused).toBe(true);
    expect((await local.app.runtime.store.people.get('local:sara'))?.locale).toBe('nn');
  });

  const say = (as: string, text: string) => local.post('/local/api/command', { as, text });
  const act = (as: string, actionId: string, value: string) =>
    local.post('/local/api/action', { as, actionId, value });
  const dmWith = async (as: string, actionId: string) =>
    (await state(as)).dms.map((d) => d.message).find((m) => buttons(m).some((b) => b.actionId === actionId));

  it('Kaffe på tvers and a check-back through the local API', async () => {
    expect((await say('local:kari', 'kaffe join')).status).toBe(200);
    expect((await say('local:aisha', 'kaffe bli-med')).status).toBe(200);
    expect((await local.app.scheduler.tick(local.clock.now())).kaffePairs).toBe(1);
    await local.app.drain();
    const pairDm = (await state('local:kari')).dms
      .map((d) => d.message)
      .find((m) => m.fallbackText === 'Kaffe på tvers');
    expect(JSON.stringify(pairDm?.blocks)).toContain('Aisha Khan');

    local.clock.advance(7 * DAY);
    await local.app.scheduler.tick(local.clock.now());
    await local.app.drain();
    const met = buttons(await dmWith('local:aisha', ACTIONS.kaffeMet)).find(
      (b) => b.actionId === ACTIONS.kaffeMet,
    );
    expect((await act('local:ola', ACTIONS.kaffeMet, met?.value ?? '')).status).toBe(403);
    const answered = await act('local:aisha', ACTIONS.kaffeMet, met?.value ?? '');
    expect(answered.status).toBe(200);
    expect(answered.body.message).toContain('Takk');

    const question = local.app.runtime.core.bank.active('learning')[0]?.id ?? '';
    const learned = await local.post('/local/api/form', {
      as: 'local:ola',
      formId: FORMS.learning,
      context: { questionId: question, occurrenceKey: '' },
      values: { text: 'Vi lærte mye.', tryNext: 'Dele skjermbilder i stedet for e-post', ownIt: true },
    });
    expect(learned.status).toBe(200);
    local.clock.advance(30 * DAY);
    await local.app.scheduler.tick(local.clock.now());
    await local.app.drain();
    const checkBack = await dmWith('local:ola', ACTIONS.checkBackDropped);
    expect(checkBack?.fallbackText).toBe('Prøvde dere det? Hva skjedde?');
    const stepId = buttons(checkBack)[0]?.value ?? '';
    expect((await act('local:ola', ACTIONS.checkBackDropped, stepId)).status).toBe(200);
    expect((await local.app.runtime.store.nextSteps.get(stepId))?.outcome).toBe('dropped');
  });
});
