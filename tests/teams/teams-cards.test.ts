import { describe, expect, it } from 'vitest';
import { nominationForm } from '../../src/core/content/nomination-form.js';
import { storyForm } from '../../src/core/content/story-form.js';
import { translator } from '../../src/core/i18n/translate.js';
import type { Message } from '../../src/core/message.js';
import type { Person } from '../../src/core/records.js';
import { cardActivity } from '../../src/teams/card-types.js';
import { formTexts, renderForm } from '../../src/teams/render-form.js';
import { renderMessage } from '../../src/teams/render-message.js';
import { cardProblems, hostView } from '../support/teams-cards.js';

// learn.microsoft.com (Teams connector limits): a posted message may be about 28 KB at most;
// Teams counts the payload as UTF-16. The strictest of the documented limits.
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

const t = translator('nb');
const person = (i: number): Person => ({
  key: `teams:${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
  platform: 'teams',
  userId: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
  displayName: `Kollega Nummer ${i} Etternavnsen`,
  email: `kollega${i}@kommune.no`,
  sector: null,
  locale: null,
  paused: false,
  createdAt: '2025-01-01T00:00:00.000Z',
});
const utf16Size = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf16le');

type Element = Record<string, unknown>;
function elements(card: unknown): Element[] {
  const found: Element[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof (node as Element).type === 'string') found.push(node as Element);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

// Adaptive Cards schema (microsoft/AdaptiveCards, specs/elements/Input.ChoiceSet.md):
// "| **choices.data** | `Data.Query` | No | Allows dynamic fetching of choices from the bot to be
// displayed as suggestions in the dropdown when the user types in the input field. | 1.6 |"
const DYNAMIC_CHOICES_VERSION = '1.6';
// Same schema, AdaptiveCard: "version | Schema version that this card requires. If a client is lower
// than this version, the fallbackText will be rendered." Element: "fallback | Describes what to do when
// an unknown element is encountered or the requires of this or any children can't be met. | 1.2".
// Teams docs ("People Picker in Adaptive Cards"): the dataset "graph.microsoft.com/users" searches
// all of the organization's members; static choices are shown as people too.
const PEOPLE_DATASET = 'graph.microsoft.com/users';
// Teams renders Adaptive Cards up to 1.5 (Microsoft Copilot Studio docs: "Teams is also limited to version 1.5").
const TEAMS_CARD_VERSION = '1.5';

describe('the nomination card with the Teams people picker', () => {
  const colleagues = Array.from({ length: 10_000 }, (_, i) => person(i));
  const form = nominationForm(t, 'nb', [], colleagues);
  const pickers = (card: unknown) => elements(card).filter((e) => e.id === 'nominee');

  it('declares the version its people search needs, and validates at it with the official renderer', () => {
    const card = renderForm(form, formTexts(t));
    expect(card.version).toBe(DYNAMIC_CHOICES_VERSION);
    expect(cardProblems(card)).toEqual([]);
    const [picker] = pickers(card.body);
    expect(picker?.['choices.data']).toEqual({ type: 'Data.Query', dataset: PEOPLE_DATASET });
    // At the version Teams renders, the same card is refused by the official renderer.
    expect(cardProblems({ ...card, version: TEAMS_CARD_VERSION })).toContainEqual(
      expect.stringMatching(/choices\.data.*1\.6/),
    );
    // Cards without a person to choose stay at 1.5.
    const story = renderForm(storyForm(t, 'nb', []), formTexts(t));
    expect(story.version).toBe(TEAMS_CARD_VERSION);
    expect(JSON.stringify(story)).not.toContain('choices.data');
  });

  it("a 1.5 host shows the picker's fallback in the same card: same input, and Send reaches the bot", () => {
    const card = renderForm(form, formTexts(t));
    const older = hostView(card, TEAMS_CARD_VERSION);
    expect(older.actionsReachHost).toBe(true);
    const [fallback] = pickers(older.shown);
    expect(fallback).toMatchObject({ type: 'Input.ChoiceSet', id: 'nominee', style: 'filtered' });
    expect(fallback?.['choices.data']).toBeUndefined();
    expect(fallback?.choices).toEqual(pickers(card.body)[0]?.choices);
    // The submit is the card's own, and every other input is there as sent.
    const inputIds = (node: unknown) =>
      elements(node)
        .filter((e) => String(e.type).startsWith('Input.'))
        .map((e) => e.id);
    expect(inputIds(older.shown)).toEqual(inputIds(card.body).filter((id, i, all) => all.indexOf(id) === i));
    expect(older.shown.actions).toHaveLength((card.actions ?? []).length);
    // A host at 1.6 keeps the directory search.
    const newer = hostView(card, DYNAMIC_CHOICES_VERSION);
    expect(pickers(newer.shown)[0]?.['choices.data']).toMatchObject({ dataset: PEOPLE_DATASET });
    expect(newer.actionsReachHost).toBe(true);
  });

  it('a card-level fallback would not reach the bot: its Send belongs to a card no host listens to', () => {
    // The earlier design, kept here as the reason for the element-level fallback.
    const card = renderForm(form, formTexts(t));
    const cardLevel = {
      ...card,
      fallback: { type: 'Container', items: [{ type: 'ActionSet', actions: card.actions }] },
    };
    expect(hostView(cardLevel, TEAMS_CARD_VERSION).actionsReachHost).toBe(false);
  });

  it('never offers the hint as a person, and lists few people whatever the organisation', () => {
    const card = renderForm(form, formTexts(t));
    for (const picker of pickers(card)) {
      expect(picker.placeholder).toBe(t('nomination.hint.nominee'));
      const choices = picker.choices as { title: string; value: string }[];
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) expect(colleagues.map((c) => c.userId)).toContain(choice.value);
    }
    expect(JSON.stringify(card)).not.toContain('"value":"-"');
    expect(utf16Size(cardActivity(card, form.title))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });

  it('before anyone else is known, the nominator alone is listed (choosing oneself is refused)', () => {
    const alone = nominationForm(t, 'nb', [], [person(1)]);
    const card = renderForm(alone, formTexts(t));
    expect(cardProblems(card)).toEqual([]);
    expect(pickers(card)[0]?.choices).toEqual([{ title: person(1).displayName, value: person(1).userId }]);
  });

  it('keeps the chosen person first and the error after a failed submission', () => {
    const chosen = colleagues[4321] as Person;
    const typed = {
      ...form,
      fields: form.fields.map((f) => (f.id === 'nominee' ? { ...f, initial: chosen.userId } : f)),
    };
    const card = renderForm(typed, formTexts(t), { nominee: 'Velg en person eller skriv et teamnavn.' });
    for (const picker of pickers(card)) {
      expect(picker).toMatchObject({
        type: 'Input.ChoiceSet',
        style: 'filtered',
        value: chosen.userId,
        label: t('nomination.field.nominee'),
        errorMessage: 'Velg en person eller skriv et teamnavn.',
      });
      expect((picker.choices as unknown[])[0]).toEqual({ title: chosen.displayName, value: chosen.userId });
    }
    expect(utf16Size(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(cardProblems(card)).toEqual([]);
  });

  it('ties every input to its label, and required inputs to an error message', () => {
    const card = renderForm(form, formTexts(t));
    for (const input of elements(card).filter((e) => String(e.type).startsWith('Input.'))) {
      expect(input.label, String(input.id)).toEqual(expect.any(String));
      if (input.isRequired) expect(input.errorMessage, String(input.id)).toEqual(expect.any(String));
    }
  });
});

describe('the pulse card', () => {
  const labels = ['Helt uenig', 'Delvis uenig', 'Verken eller', 'Delvis enig', 'Helt enig'];
  const statements = [
    'Jeg får tid til å prøve ut nye ideer i arbeidshverdagen, også når det er travelt',
    'Lederen min spør hva vi har lært når noe ikke gikk som planlagt',
    'Vi deler det vi lærer med andre enheter i kommunen',
    'Jeg vet hvem jeg kan gå til med en idé',
  ];
  const message: Message = {
    fallbackText: 'Puls',
    blocks: statements.map((statement, i) => ({
      type: 'scale' as const,
      pulseId: 'p1',
      questionId: `q${i}`,
      statement,
      options: labels.map((label, v) => ({ value: (v + 1) as 1 | 2 | 3 | 4 | 5, label })),
    })),
  };

  it('gives every scale button a unique accessible name, five in order in one action set', () => {
    const card = renderMessage(message);
    expect(cardProblems(card)).toEqual([]);
    const sets = elements(card).filter((e) => e.type === 'ActionSet');
    expect(sets).toHaveLength(4);
    for (const set of sets) expect((set.actions as Element[]).map((a) => a.title)).toEqual(labels);
    const names = elements(card)
      .filter((e) => e.type === 'Action.Execute')
      .map((a) => a.tooltip);
    expect(names).toHaveLength(20);
    expect(new Set(names).size).toBe(20);
    expect(names[2]).toBe('Verken eller – Jeg får tid til å prøve ut nye ideer i arbeidshverdagen …');
  });
});

describe('a recognition posted in a Teams channel', () => {
  it('@mentions the person recognised with a mention entity', () => {
    const message = {
      fallbackText: 'Kari Nordmann får anerkjennelse',
      blocks: [
        { type: 'heading' as const, text: 'Anerkjennelse' },
        { type: 'text' as const, text: 'Kari Nordmann får anerkjennelse for «Læring».' },
      ],
      mentions: [{ key: 'teams:00000000-0000-4000-8000-00000000000a', name: 'Kari Nordmann' }],
    };
    const card = renderMessage(message);
    expect(cardProblems(card)).toEqual([]);
    const texts = elements(card)
      .filter((e) => e.type === 'TextBlock')
      .map((e) => e.text);
    expect(texts).toContain('<at>Kari Nordmann</at> får anerkjennelse for «Læring».');
    expect(card.msteams?.entities).toEqual([
      {
        type: 'mention',
        text: '<at>Kari Nordmann</at>',
        mentioned: { id: '00000000-0000-4000-8000-00000000000a', name: 'Kari Nordmann' },
      },
    ]);
  });

  it('mentions nobody from another platform or whose name is not in the text', () => {
    const card = renderMessage(
      { fallbackText: 'x', blocks: [{ type: 'text', text: 'Teamet Bibliotek får anerkjennelse.' }] },
      {
        mentions: [
          { key: 'slack:U1', name: 'Teamet' },
          { key: 'teams:abc', name: 'Ola' },
        ],
      },
    );
    expect(card.msteams?.entities).toBeUndefined();
  });
});
