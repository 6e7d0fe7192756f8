// One journey in the Microsoft 365 Agents Playground, offline: help and language, post a pulse, vote
// and change the vote, the closed pulse's card, a story with an error then valid, a nomination, its
// recognition by a manager and the post with the @mention.
// In the Playground (as Alex Wilber, its only user): every command, the votes, the closed card, the
// story form, the nomination form (the Playground renders cards up to 1.5, so the people picker's
// fallback), `recognise` and its button. The nominee, Megan Bowen, is a second person the Playground
// cannot play: her installation and her consent are Bot Framework activities to /api/messages from the
// local connector (tests/support/fake-teams-connector), which also holds the team channel that gets the
// recognition with its mention entity.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/translate.js';
import { appRows } from '../support/app-database.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import {
  PLAYGROUND_COLLEAGUE,
  PLAYGROUND_CONVERSATION,
  PLAYGROUND_USER,
  type Playground,
  startPlayground,
} from '../support/playground.js';
import { type PlaygroundApp, startPlaygroundApp } from '../support/playground-app.js';
import {
  isKnownCdnAsset,
  openPlaygroundBrowser,
  type PlaygroundBrowser,
} from '../support/playground-browser.js';
import {
  cardActionActivity,
  conversationUpdateActivity,
  installationUpdateActivity,
  TEAMS_CHANNEL,
  TEAMS_TENANT,
} from '../support/teams-activities.js';
import { cardsIn, cardText, executeActions } from '../support/teams-cards.js';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const PERSON = `teams:${PLAYGROUND_USER.aadObjectId}`;
const HOUR = 3_600_000;

// The Playground's user is an admin and a manager, so `post weekly-pulse` and `recognise` work from its
// chat; pulses go to the Playground's personal chat, whose id is fixed with `--conversation-id`.
// Recognitions go where reflection questions go: there, and to a team channel on the local connector.
const yaml = `
organisation: Playgroundkommune
defaultLocale: nb
privacy: { minGroupSize: 3 }
quietPeriods: []
roles:
  admins: ["${PERSON}"]
  leads: []
  managers: ["${PERSON}"]
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:${PLAYGROUND_CONVERSATION}", "teams:channel:${TEAMS_CHANNEL}"]
  - id: weekly-pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 2
    openHours: 48
    targets: ["teams:channel:${PLAYGROUND_CONVERSATION}"]
`;

describe('Teams in the Microsoft 365 Agents Playground (headless, offline)', () => {
  let kp: PlaygroundApp;
  let playground: Playground;
  let ui: PlaygroundBrowser;
  let connector: FakeTeamsConnector;
  let now = Date.now();
  const clock = { now: () => new Date(now) };

  /** The whole window, or just one card. */
  const shot = (name: string, card?: Locator) => {
    const path = join(ARTIFACTS, `playground-${name}.png`);
    return card ? card.screenshot({ path }) : ui.page.screenshot({ path });
  };
  const sql = <T>(query: string, ...params: unknown[]) => appRows<T>(kp.app.runtime, query, ...params);

  /** An activity from Megan's side: to the app's /api/messages, as the local connector's channel. */
  const activity = async (body: object): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(kp.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    connector = await startFakeTeamsConnector();
    kp = await startPlaygroundApp({ yaml, clock });
    playground = await startPlayground({ appEndpoint: kp.endpoint });
    ui = await openPlaygroundBrowser(playground.url);
  });

  afterAll(async () => {
    await ui?.close();
    await playground?.stop();
    await kp?.stop();
    await connector?.close();
  });

  it('answers a message in the personal chat and remembers the conversation', async () => {
    // The Playground's user has an English Teams (its activities say en-US): English until they choose.
    await ui.say('help');
    await ui.botCard('Here is what you can write to me');
    await ui.say('språk nb');
    await ui.botCard(t('nb', 'lang.changed'));
    await ui.say('hjelp');
    const reply = await ui.botCard('Dette kan du skrive til meg');
    // One line per command, not one run-on paragraph.
    const lines = await reply.locator('p').allInnerTexts();
    // The words to type in bold, as the card's Markdown renders it: no backticks, no backslashes.
    expect(lines).toContain('• historie – del en god historie');
    expect(lines).toContain('• puls – svar på åpne pulsmålinger');
    expect(await reply.locator('strong, b').allInnerTexts()).toContain('historie');
    expect(lines.join('\n')).not.toMatch(/[\\`]/);
    await shot('help');

    // The first contact stored the reference that proactive posts use: the Playground's own connector.
    // Conversation ids are sealed at rest: read back through the store.
    const [conversation] = (await kp.app.runtime.store.teamsConversations.list())
      .filter((c) => c.conversationType === 'personal')
      .map((c) => ({ conversation_id: c.conversationId, service_url: c.serviceUrl, bot_id: c.botId }));
    expect(conversation).toEqual({
      conversation_id: PLAYGROUND_CONVERSATION,
      service_url: `${playground.url.replace('127.0.0.1', 'localhost')}/_connector`,
      bot_id: expect.any(String),
    });
  });

  it('posts a pulse proactively, and a click on the card records the vote and shows it', async () => {
    await ui.say('post weekly-pulse');
    await ui.botCard('Publisert: pulsmålingen');
    const card = await ui.botCard('Delvis enig');
    const [pulse] = await kp.app.runtime.core.pulses.openPulses();
    if (!pulse) throw new Error('no open pulse after `post weekly-pulse`');
    const [firstQuestion] = pulse.questionIds;
    await shot('pulse');

    await card.getByRole('button', { name: 'Delvis enig', exact: true }).first().click();
    const refreshed = await ui.botCard('Takk! Du svarte «Delvis enig»');
    expect(await refreshed.getByRole('button', { name: '✓ Delvis enig' }).count()).toBe(1);
    await shot('pulse-voted');

    await refreshed.getByRole('button', { name: 'Helt enig', exact: true }).first().click();
    const changed = await ui.botCard('Svaret ditt er endret til «Helt enig»');
    expect(await changed.getByRole('button', { name: '✓ Helt enig' }).count()).toBe(1);
    expect(await changed.getByRole('button', { name: '✓ Delvis enig' }).count()).toBe(0);

    const answers = await sql<{ question_id: string; value: number }>(
      'SELECT question_id, value FROM pulse_answers WHERE pulse_id = ?',
      pulse.id,
    );
    expect(answers).toEqual([{ question_id: firstQuestion, value: 5 }]);
    // Who took part is kept in memory until enough people of a sector have answered (PRIVACY.md).
    expect(await kp.app.runtime.store.pulses.participants(pulse.id)).toEqual([PERSON]);

    // The pulse closes (its hours are over): its post is updated in place, marked closed, no buttons.
    now += 49 * HOUR;
    const { core } = kp.app.runtime;
    expect((await core.results.closeDue((tx) => core.pulses.closeDue(tx))).map((p) => p.id)).toEqual([
      pulse.id,
    ]);
    await kp.app.drain();
    const closed = await ui.botCard(t('nb', 'pulse.closedIntro'));
    expect(await closed.getByRole('button', { name: /enig/i }).count()).toBe(0);
    await shot('pulse-closed', closed);
    expect(await sql('SELECT value FROM pulse_answers WHERE pulse_id = ?', pulse.id)).toEqual([{ value: 5 }]);
  });

  it('opens the story form, keeps the input on an error, and stores the story', async () => {
    await ui.say('story');
    const form = await ui.botCard('Del en god historie');
    await shot('story-form', form);

    // Blanks pass the card's own required check; the bot's validation answers with the form again.
    await fillStory(form, { title: '   ' });
    await form.getByRole('button', { name: 'Send inn' }).click();
    const again = await ui.botCard('Noe må rettes før vi kan lagre');
    expect(await again.getByText('Dette feltet må fylles ut.').first().isVisible()).toBe(true);
    expect(await again.getByRole('textbox', { name: /^Hva ble endret\?/ }).inputValue()).toBe(
      STORY.whatChanged,
    );
    expect(await again.getByRole('textbox', { name: /^Hva lærte dere\?/ }).inputValue()).toBe(STORY.learned);
    await shot('story-error', again);
    expect(await sql('SELECT id FROM stories')).toEqual([]);

    await again.getByRole('textbox', { name: /^Tittel/ }).fill(STORY.title);
    await again.getByRole('button', { name: 'Send inn' }).click();
    await ui.botCard(`Takk for historien «${STORY.title}»`);
    await shot('story-saved');

    const stories = [];
    for (const { id, ...row } of await sql<Record<string, unknown>>(
      'SELECT id, title, what_changed, who_benefits, in_use, can_spread, sectors, learned FROM stories',
    )) {
      stories.push({
        // The author is sealed at rest: opened through the store.
        author_key: (await kp.app.runtime.store.content.getStory(String(id)))?.authorKey,
        ...row,
        in_use: Number(row.in_use), // booleans on PostgreSQL
        can_spread: Number(row.can_spread),
      });
    }
    expect(stories).toEqual([
      {
        author_key: PERSON,
        title: STORY.title,
        what_changed: STORY.whatChanged,
        who_benefits: STORY.whoBenefits,
        in_use: 1,
        can_spread: 0,
        sectors: JSON.stringify(['helse-og-omsorg']),
        learned: STORY.learned,
      },
    ]);
  });

  it('nominate → the nominee consents in her 1:1 chat → a manager recognises → posted with the mention', async () => {
    // Megan has the app (its installation came through the local connector) and is in the team; Teams
    // gives the bot no e-mail for a member.
    connector.addMember({ id: MEGAN.id, aadObjectId: MEGAN.aadObjectId, name: MEGAN.name });
    expect((await activity(conversationUpdateActivity(connector.url, { added: true }))).status).toBe(200);
    const meganChat = { id: 'a:1personal-megan', conversationType: 'personal', tenantId: TEAMS_TENANT };
    expect((await activity(installationUpdateActivity(connector.url, MEGAN, 'add', meganChat))).status).toBe(
      200,
    );

    await ui.say('nominate');
    const form = await ui.botCard(t('nb', 'nomination.form.intro'));
    // The Playground renders Adaptive Cards up to 1.5: the picker's fallback shows, a typeahead over the
    // colleagues Kulturpuls knows. Its placeholder is the hint, and the hint is no choice.
    expect(await form.getByRole('combobox', { name: 'People Picker' }).count()).toBe(0);
    const picker = form.getByPlaceholder(t('nb', 'nomination.hint.nominee'));
    await picker.click();
    expect(await form.page().getByRole('option').allInnerTexts()).toEqual([MEGAN.name]);
    await picker.fill('Meg');
    await form.page().getByRole('option', { name: MEGAN.name, exact: true }).click();
    await choose(form, /^Hva viser initiativet\?/, 'Tverrfaglig samarbeid');
    await form.getByRole('textbox', { name: /^Hvorfor fortjener de anerkjennelse\?/ }).fill(REASON);
    await shot('nomination-form', form);
    await form.getByRole('button', { name: 'Send inn' }).click();
    await ui.botCard(t('nb', 'nomination.thanks.person'));
    const nominations = [];
    for (const { id, status } of await sql<{ id: string; status: string }>(
      'SELECT id, status FROM nominations',
    ))
      nominations.push({
        nominee_key: (await kp.app.runtime.store.content.getNomination(id))?.nomineeKey,
        status,
      });
    const [nomination] = nominations;
    expect(nomination).toEqual({ nominee_key: `teams:${MEGAN.aadObjectId}`, status: 'awaiting_consent' });

    // Her consent request arrives in her 1:1 chat; she answers on the card.
    await kp.app.drain();
    const consent = cardsIn(connector.sent(meganChat.id).at(-1)?.body)[0];
    expect(cardText(consent)).toContain(`${PLAYGROUND_USER.name} har nominert deg`);
    const accept = executeActions(consent).find((a) => a.verb === 'kp_consent_accept');
    if (!accept) throw new Error('no accept button on the consent card');
    const accepted = await activity(
      cardActionActivity(connector.url, MEGAN, accept.verb, accept.data, meganChat),
    );
    expect(cardText(cardsIn(accepted.body)[0])).toContain(t('nb', 'nomination.consent.accepted'));

    // The manager recognises it in the Playground, from `recognise`.
    await ui.say('recognise');
    const waiting = await ui.botCard(t('nb', 'chat.home.awaiting'));
    expect(await waiting.textContent()).toContain(REASON);
    await shot('recognise', waiting);
    await waiting.getByRole('button', { name: 'Anerkjenn' }).click();
    await ui.botCard(t('nb', 'recognition.done'));
    await kp.app.drain();

    // Posted where reflection questions go: in the Playground, and in the team channel with the mention.
    const posted = await ui.botCard(`${MEGAN.name} får anerkjennelse`);
    await shot('recognition', posted);
    const [post] = connector.sent(TEAMS_CHANNEL);
    const card = cardsIn(post?.body)[0];
    expect(cardText(card)).toContain(`<at>${MEGAN.name}</at> får anerkjennelse for «Tverrfaglig samarbeid»`);
    expect((card?.msteams as { entities?: unknown[] } | undefined)?.entities).toEqual([
      {
        type: 'mention',
        text: `<at>${MEGAN.name}</at>`,
        mentioned: { id: MEGAN.aadObjectId, name: MEGAN.name },
      },
    ]);
    expect(await sql('SELECT status FROM nominations')).toEqual([{ status: 'recognised' }]);
    // Her name came with the installation; no e-mail came from anywhere.
    expect(await kp.app.runtime.store.people.get(`teams:${MEGAN.aadObjectId}`)).toMatchObject({
      displayName: MEGAN.name,
      email: null,
    });
  });

  it('made no connection beyond 127.0.0.1', () => {
    // Browser: everything not local was aborted; only the client's hard-coded CDN fonts were asked for.
    expect(ui.blocked.filter((url) => !isKnownCdnAsset(url))).toEqual([]);
    // The Playground's own process: its network guard refused nothing (telemetry is off with --dt).
    expect(playground.blocked()).toEqual([]);
    expect(ui.pageErrors).toEqual([]);
    expect(kp.problems.filter((line) => !/unauthenticated/i.test(line))).toEqual([]);
  });
});

const MEGAN = { ...PLAYGROUND_COLLEAGUE, id: '29:1teams-user-megan' };
const REASON = 'Samlet helse og skole om ett felles tiltak for eldre.';

const STORY = {
  title: 'Digital innsjekk på legevakten',
  whatChanged: 'Pasientene sjekker inn på en skjerm i stedet for i luken.',
  whoBenefits: 'Pasienter slipper kø, og sykepleierne får tid til triage.',
  learned: 'Test med ekte brukere tidlig.',
};

async function fillStory(form: Locator, override: Partial<typeof STORY>) {
  const story = { ...STORY, ...override };
  await form.getByRole('textbox', { name: /^Tittel/ }).fill(story.title);
  await form.getByRole('textbox', { name: /^Hva ble endret\?/ }).fill(story.whatChanged);
  await form.getByRole('textbox', { name: /^Hvem har nytte av det/ }).fill(story.whoBenefits);
  await choose(form, /^Er det tatt i bruk\?/, 'Ja');
  await choose(form, /^Kan andre ta det i bruk\?/, 'Nei');
  await form.getByRole('checkbox', { name: 'Helse og omsorg' }).check();
  await form.getByRole('textbox', { name: /^Hva lærte dere\?/ }).fill(story.learned);
}

/** A compact `Input.ChoiceSet` is a Fluent combobox in the Playground: open it, pick the option. */
async function choose(form: Locator, label: RegExp, option: string) {
  await form.getByRole('combobox', { name: label }).click();
  await form.page().getByRole('option', { name: option, exact: true }).click();
}
