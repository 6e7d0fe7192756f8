import { afterEach, describe, expect, it } from 'vitest';
import { forgetMessage } from '../../src/core/messages/forget-message.js';
import { appCount, appRows } from '../support/app-database.js';
import { eventually, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { sendCommand } from '../support/slack-requests.js';
import { cardActionActivity, messageActivity, teamsUser } from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardsIn, cardText } from '../support/teams-cards.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

const STORY = {
  title: 'Digital innsjekk',
  whatChanged: 'Kortere kø',
  whoBenefits: 'Innbyggerne',
  inUse: 'yes',
  canSpread: 'yes',
  sectors: ['helse'],
  learned: 'Test tidlig',
  nextStepOwner: 'Kari',
};

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('export and forget in the core', () => {
  it('export gives the person their own data only; forget erases it and keeps the pulse figures', async () => {
    t = await createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    const { core, rows } = t;
    const kari = { platform: 'slack' as const, userId: 'UKARI', displayName: 'Kari', email: 'kari@k.no' };
    const ola = { platform: 'slack' as const, userId: 'UOLA', displayName: 'Ola' };
    expect((await core.stories.submit(kari, STORY)).ok).toBe(true);
    expect((await core.stories.submit(ola, { ...STORY, title: 'Olas historie' })).ok).toBe(true);
    const pulse = await core.pulses.open({ occurrenceKey: null, statements: 1, openHours: 48 });
    const questionId = pulse.questionIds[0] as string;
    for (const [i, actor] of [kari, ola, { platform: 'slack' as const, userId: 'UPER' }].entries()) {
      await core.pulses.vote({ actor, pulseId: pulse.id, questionId, value: i + 2 });
    }

    const exported = await core.personalData.export('slack:UKARI');
    expect(exported.person?.displayName).toBe('Kari');
    expect(exported.stories.map((s) => s.title)).toEqual(['Digital innsjekk']);
    expect(JSON.stringify(exported)).not.toContain('Olas historie');
    // The export carries no pulse value: that would need the secret and would single the person out.
    expect(JSON.stringify(exported)).not.toMatch(/"value"/);

    const answersBefore = await rows('SELECT value FROM pulse_answers ORDER BY value');
    await core.personalData.forget('slack:UKARI');
    expect(await core.personalData.export('slack:UKARI')).toMatchObject({
      person: null,
      stories: [],
      reflections: [],
      nominations: [],
    });
    const everything = JSON.stringify(
      await Promise.all(
        ['people', 'stories', 'reflections', 'nominations', 'pulse_participation', 'pulse_answers'].map(
          async (table) => rows(`SELECT * FROM ${table}`),
        ),
      ),
    );
    expect(everything).not.toContain('UKARI');
    expect(everything).not.toContain('kari@k.no');
    expect(everything).not.toContain('Digital innsjekk');
    // Pseudonymous answers stay for the aggregates; nothing links them to Kari any more.
    expect(await rows('SELECT value FROM pulse_answers ORDER BY value')).toEqual(answersBefore);
    expect((await core.personalData.export('slack:UOLA')).stories).toHaveLength(1);
  });

  it('the chat confirmation code is personal and of today; a wrong or foreign code erases nothing', async () => {
    t = await createTestCore();
    const { core } = t;
    await core.people.ensure({ platform: 'slack', userId: 'UKARI', displayName: 'Kari' });
    await core.people.ensure({ platform: 'slack', userId: 'UOLA', displayName: 'Ola' });
    const olaCode = core.personalData.forgetCode('slack:UOLA');
    const kariCode = core.personalData.forgetCode('slack:UKARI');
    expect(kariCode).not.toBe(olaCode);
    expect((await forgetMessage(core, 'slack:UKARI', olaCode)).fallbackText).toMatch(
      /not right|stemmer ikke/,
    );
    expect(await core.personalData.forgetConfirmed('slack:UKARI', 'ZZZZZZ')).toBeUndefined();
    t.clock.advance(24 * 3_600_000);
    expect(await core.personalData.forgetConfirmed('slack:UKARI', kariCode)).toBeUndefined();
    expect(await t.store.people.get('slack:UKARI')).toBeDefined();
    expect(await t.store.people.get('slack:UOLA')).toBeDefined();
  });
});

describe('mydata forget from Slack', () => {
  let s: SlackTestApp;
  afterEach(async () => {
    await s?.close();
  });

  it('asks for the code, refuses a wrong one, then erases only the person who asked', async () => {
    s = await startSlackTestApp();
    await sendCommand(s.baseUrl, { text: 'help', user_id: 'UKARI' });
    await sendCommand(s.baseUrl, { text: 'help', user_id: 'UOLA' });
    const ask = await sendCommand(s.baseUrl, { text: 'mydata forget', user_id: 'UKARI' });
    const code = /minedata slett ([0-9A-F]{6})/.exec(ask.text)?.[1];
    expect(code).toBeDefined();
    const wrong = await sendCommand(s.baseUrl, { text: 'mydata forget 000000', user_id: 'UKARI' });
    expect(wrong.text).toMatch(/stemmer ikke/);
    expect(await s.app.runtime.store.people.get('slack:UKARI')).toBeDefined();
    // Ola cannot use Kari's code: the key comes from the signed request, not from the text.
    await sendCommand(s.baseUrl, { text: `mydata forget ${code}`, user_id: 'UOLA' });
    expect(await s.app.runtime.store.people.get('slack:UOLA')).toBeDefined();
    const done = await sendCommand(s.baseUrl, { text: `slett`, user_id: 'UKARI' });
    expect(done.status).toBe(200);
    const erased = await sendCommand(s.baseUrl, {
      text: `mydata slett ${code?.toLowerCase()}`,
      user_id: 'UKARI',
    });
    expect(erased.text).toMatch(/slettet/);
    await eventually(async () => expect(await s.app.runtime.store.people.get('slack:UKARI')).toBeUndefined());
    expect(await s.app.runtime.store.people.get('slack:UOLA')).toBeDefined();
  });
});

describe('Teams', () => {
  let app: TeamsTestApp;
  afterEach(async () => {
    await app?.close();
  });

  it('mydata forget asks for the code and erases the sender with it', async () => {
    app = await startTeamsTestApp({ yaml: 'quietPeriods: []\n' });
    const kari = teamsUser('kari', 1);
    const lastText = () => {
      const sent = app.connector.sent();
      return cardText(cardsIn(sent[sent.length - 1]?.body)[0]);
    };
    await app.post(messageActivity(app.connector.url, kari, 'help'));
    await app.post(messageActivity(app.connector.url, kari, 'mydata forget'));
    const code = /minedata slett ([0-9A-F]{6})/.exec(lastText())?.[1];
    expect(code).toBeDefined();
    expect(await app.app.runtime.store.people.get(`teams:${kari.aadObjectId}`)).toBeDefined();
    await app.post(messageActivity(app.connector.url, kari, `mydata forget ${code}`));
    expect(lastText()).toMatch(/slettet/);
    expect(await app.app.runtime.store.people.get(`teams:${kari.aadObjectId}`)).toBeUndefined();
  });

  it('never stores the answer to a vote (the personal card names the person and shows the choice)', async () => {
    app = await startTeamsTestApp({ yaml: 'quietPeriods: []\nprivacy: { minGroupSize: 3 }\n' });
    const pulse = await app.app.runtime.core.pulses.open({
      occurrenceKey: null,
      statements: 1,
      openHours: 48,
    });
    const kari = teamsUser('kari', 1);
    const click = cardActionActivity(app.connector.url, kari, 'kp_pulse_vote', {
      pulseId: pulse.id,
      questionId: pulse.questionIds[0],
      value: 4,
    });
    expect((await app.post(click)).status).toBe(200);
    // A retry of the same click is handled again (a vote is idempotent) and still stores nothing.
    expect((await app.post(click)).status).toBe(200);
    const stored = JSON.stringify(await appRows(app.app.runtime, 'SELECT * FROM teams_activities'));
    expect(stored).not.toContain(kari.id);
    expect(stored).not.toContain(pulse.id);
    expect(await appCount(app.app.runtime, 'pulse_answers')).toBe(1);
  });
});
