import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { type LocalApp, startLocalApp } from '../local/local-app.js';
import { appCount } from '../support/app-database.js';
import { type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';
import { messageActivity, teamsUser } from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardsIn, cardText } from '../support/teams-cards.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

describe('nominations are never published without the nominee’s consent', () => {
  let t: TestCore;
  afterEach(() => t?.close());

  const setup = async () => {
    t = await createTestCore({
      settings: { roles: { admins: [], leads: ['slack:ULEAD'], managers: ['slack:UMGR'] } },
    });
    const nominate = async () => {
      const result = await t.core.nominations.submit(
        { platform: 'slack', userId: 'UKARI' },
        {
          nomineeKind: 'person',
          nominee: 'UOLA',
          dimension: 'tillit',
          reason: 'Hjalp alle',
          sectors: ['helse'],
        },
      );
      if (!result.nomination) throw new Error(JSON.stringify(result));
      return result.nomination.id;
    };
    // SQLite answers the JSON column as text, PostgreSQL as the parsed value.
    const recognitions = async () =>
      (await t.rows<{ payload: unknown }>('SELECT payload FROM deliveries')).filter((r) =>
        JSON.stringify(r.payload).includes('recognition'),
      ).length;
    return { nominate, recognitions };
  };

  it('recognise before consent, consent by someone else, declined then recognised: nothing is posted', async () => {
    const { nominate, recognitions } = await setup();
    const id = await nominate();
    const manager = { platform: 'slack' as const, userId: 'UMGR' };
    expect((await t.core.nominations.recognise(manager, id)).status).toBe('not_accepted');
    expect((await t.core.nominations.decide({ platform: 'slack', userId: 'UKARI' }, id, true)).status).toBe(
      'not_yours',
    );
    expect((await t.core.nominations.decide({ platform: 'teams', userId: 'UOLA' }, id, true)).status).toBe(
      'not_yours',
    );
    expect((await t.core.nominations.recognise(manager, id)).status).toBe('not_accepted');
    expect((await t.core.nominations.decide({ platform: 'slack', userId: 'UOLA' }, id, false)).status).toBe(
      'declined',
    );
    expect((await t.core.nominations.recognise(manager, id)).status).toBe('not_accepted');
    // A later "accept" cannot undo the decline.
    expect((await t.core.nominations.decide({ platform: 'slack', userId: 'UOLA' }, id, true)).status).toBe(
      'already_decided',
    );
    expect(await recognitions()).toBe(0);
  });

  it('only a manager, lead or admin recognises, and only after consent', async () => {
    const { nominate } = await setup();
    const id = await nominate();
    expect((await t.core.nominations.decide({ platform: 'slack', userId: 'UOLA' }, id, true)).status).toBe(
      'accepted',
    );
    expect((await t.core.nominations.recognise({ platform: 'slack', userId: 'UKARI' }, id)).status).toBe(
      'not_allowed',
    );
    expect((await t.core.nominations.recognise({ platform: 'slack', userId: 'UOLA' }, id)).status).toBe(
      'not_allowed',
    );
    expect((await t.core.nominations.recognise({ platform: 'slack', userId: 'UMGR' }, id)).status).toBe(
      'recognised',
    );
  });
});

describe('Slack', () => {
  let s: SlackTestApp;
  afterEach(async () => {
    await s?.close();
  });

  it('post and digest are refused to people who are not admins or leads; the admin may', async () => {
    s = await startSlackTestApp();
    const occurrences = await s.count('occurrences');
    for (const text of ['post reflection', 'digest', 'digest 2026-01', 'oppsummering']) {
      const answer = await sendCommand(s.baseUrl, { text, user_id: 'UKARI' });
      expect(answer.text).toMatch(/bare innovasjonsledere og administratorer/);
    }
    expect(await s.count('occurrences')).toBe(occurrences);
    const admin = await sendCommand(s.baseUrl, { text: 'post reflection', user_id: 'UADMIN' });
    expect(admin.text).not.toMatch(/ikke lov/i);
    expect(await s.count('occurrences')).toBe(occurrences + 1);
  });

  it('a consent button replayed by another user changes nothing; the actor comes from the signed payload', async () => {
    s = await startSlackTestApp();
    const result = await s.app.runtime.core.nominations.submit(
      { platform: 'slack', userId: 'UKARI' },
      { nomineeKind: 'person', nominee: 'UOLA', dimension: 'tillit', reason: 'Hjelpsom', sectors: [] },
    );
    const id = result.nomination?.id ?? '';
    // Mallory copies the button of Ola's DM and even puts Ola's id in fields she controls.
    const click = buttonClick('UMALLORY', 'DOLA', ACTIONS.consentAccept, id);
    const forged = {
      ...click,
      message: { ...click.message, user: 'UOLA' },
      actions: [{ ...click.actions[0], value: id, user: 'UOLA' }],
    };
    expect((await sendInteraction(s.baseUrl, forged)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await s.app.runtime.store.content.getNomination(id))?.status).toBe('awaiting_consent');
  });
});

describe('Teams', () => {
  let app: TeamsTestApp;
  afterEach(async () => {
    await app?.close();
  });

  it('post and digest are refused to people who are not admins or leads', async () => {
    app = await startTeamsTestApp({ yaml: 'quietPeriods: []\n' });
    const kari = teamsUser('kari', 1);
    for (const text of ['post reflection', 'digest 2026-01']) {
      await app.post(messageActivity(app.connector.url, kari, text));
      const sent = app.connector.sent();
      expect(cardText(cardsIn(sent[sent.length - 1]?.body)[0])).toMatch(
        /bare innovasjonsledere og administratorer/,
      );
    }
    expect(await appCount(app.app.runtime, 'occurrences')).toBe(0);
  });
});

describe('local mode', () => {
  let local: LocalApp;
  afterEach(async () => {
    await local?.stop();
  });

  it('"post now" is only for the demo leads; another person may not decide someone else’s nomination', async () => {
    local = await startLocalApp();
    const people = (await local.get('/local/api/people')).body.people as { key: string; roles?: string[] }[];
    const lead = local.app.runtime.core.people;
    let employee: string | undefined;
    for (const p of people) {
      if (!(await lead.isLeadOrAdmin(p.key))) {
        employee = p.key;
        break;
      }
    }
    const answer = await local.post('/local/api/post-now', { as: employee, scheduleId: 'weekly-reflection' });
    expect(answer.status).toBe(403);
    expect(await appCount(local.app.runtime, 'occurrences')).toBe(0);
  });
});
