import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/translate.js';
import {
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

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const PERSON = `teams:${PLAYGROUND_USER.aadObjectId}`;

// The Playground's user is an admin, so `post weekly-pulse` works from its chat; the pulse goes to the
// Playground's personal chat, whose id is fixed with `--conversation-id`.
const yaml = `
organisation: Playgroundkommune
defaultLocale: nb
privacy: { minGroupSize: 3 }
quietPeriods: []
roles:
  admins: ["${PERSON}"]
  leads: []
  managers: []
schedules:
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

  /** The whole window, or just one card. */
  const shot = (name: string, card?: Locator) => {
    const path = join(ARTIFACTS, `playground-${name}.png`);
    return card ? card.screenshot({ path }) : ui.page.screenshot({ path });
  };
  const sql = <T>(query: string, ...params: unknown[]) =>
    kp.app.runtime.db.prepare(query).all(...params) as T[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    kp = await startPlaygroundApp({ yaml });
    playground = await startPlayground({ appEndpoint: kp.endpoint });
    ui = await openPlaygroundBrowser(playground.url);
  });

  afterAll(async () => {
    await ui?.close();
    await playground?.stop();
    await kp?.stop();
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
    expect(lines).toContain('• story – del en god historie');
    expect(lines).toContain('• pulse – svar på åpne pulsmålinger');
    await shot('help');

    // The first contact stored the reference that proactive posts use: the Playground's own connector.
    const [conversation] = sql<{ conversation_id: string; service_url: string; bot_id: string }>(
      'SELECT conversation_id, service_url, bot_id FROM teams_conversations WHERE conversation_type = ?',
      'personal',
    );
    expect(conversation).toEqual({
      conversation_id: PLAYGROUND_CONVERSATION,
      service_url: `${playground.url.replace('127.0.0.1', 'localhost')}/_connector`,
      bot_id: expect.any(String),
    });
  });

  it('posts a pulse proactively, and a click on the card records the vote and shows it', async () => {
    await ui.say('post weekly-pulse');
    await ui.botCard('weekly-pulse');
    const card = await ui.botCard('Pulsmåling');
    const [pulse] = kp.app.runtime.core.pulses.openPulses();
    if (!pulse) throw new Error('no open pulse after `post weekly-pulse`');
    const [firstQuestion] = pulse.questionIds;
    await shot('pulse');

    await card.getByRole('button', { name: 'Delvis enig', exact: true }).first().click();
    const refreshed = await ui.botCard('Takk! Du svarte «Delvis enig»');
    expect(await refreshed.getByRole('button', { name: '✓ Delvis enig' }).count()).toBe(1);
    await shot('pulse-voted');

    const answers = sql<{ question_id: string; value: number }>(
      'SELECT question_id, value FROM pulse_answers WHERE pulse_id = ?',
      pulse.id,
    );
    expect(answers).toEqual([{ question_id: firstQuestion, value: 4 }]);
    // Who took part is kept in memory until enough people of a sector have answered (PRIVACY.md).
    expect(kp.app.runtime.store.pulses.participants(pulse.id)).toEqual([PERSON]);
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
    expect(sql('SELECT id FROM stories')).toEqual([]);

    await again.getByRole('textbox', { name: /^Tittel/ }).fill(STORY.title);
    await again.getByRole('button', { name: 'Send inn' }).click();
    await ui.botCard(`Takk for historien «${STORY.title}»`);
    await shot('story-saved');

    const stories = sql<Record<string, unknown>>(
      'SELECT author_key, title, what_changed, who_benefits, in_use, can_spread, sectors, learned FROM stories',
    );
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

  it('made no connection beyond 127.0.0.1', () => {
    // Browser: everything not local was aborted; only the client's hard-coded CDN fonts were asked for.
    expect(ui.blocked.filter((url) => !isKnownCdnAsset(url))).toEqual([]);
    // The Playground's own process: its network guard refused nothing (telemetry is off with --dt).
    expect(playground.blocked()).toEqual([]);
    expect(ui.pageErrors).toEqual([]);
    expect(kp.problems.filter((line) => !/unauthenticated/i.test(line))).toEqual([]);
  });
});

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
