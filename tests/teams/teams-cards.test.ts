import { describe, expect, it } from 'vitest';
import { nominationForm } from '../../src/core/content/nomination-form.js';
import { translator } from '../../src/core/i18n/translate.js';
import type { Message } from '../../src/core/message.js';
import type { Person } from '../../src/core/records.js';
import { cardActivity } from '../../src/teams/card-types.js';
import { formTexts, renderForm } from '../../src/teams/render-form.js';
import { renderMessage } from '../../src/teams/render-message.js';
import { cardProblems } from '../support/teams-cards.js';

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

describe('the nomination card with the Teams people picker', () => {
  const colleagues = Array.from({ length: 10_000 }, (_, i) => person(i));
  const form = nominationForm(t, 'nb', [], colleagues);

  it('stays far under the Teams message limit at 10,000 known people', () => {
    const activity = cardActivity(renderForm(form, formTexts(t)), form.title);
    const size = utf16Size(activity);
    expect(size).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const small = cardActivity(
      renderForm(nominationForm(t, 'nb', [], colleagues.slice(0, 1)), formTexts(t)),
      '',
    );
    // The size does not depend on how many people are known.
    expect(Math.abs(size - utf16Size(small))).toBeLessThan(200);
  });

  it('searches the directory, keeps the chosen person and the error after a failed submission', () => {
    const chosen = colleagues[4321] as Person;
    const typed = {
      ...form,
      fields: form.fields.map((f) => (f.id === 'nominee' ? { ...f, initial: chosen.userId } : f)),
    };
    const card = renderForm(typed, formTexts(t), { nominee: 'Velg en person eller skriv et teamnavn.' });
    const picker = elements(card).find((e) => e.id === 'nominee') as Element;
    expect(picker).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'filtered',
      'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      value: chosen.userId,
      label: t('nomination.field.nominee'),
      errorMessage: 'Velg en person eller skriv et teamnavn.',
    });
    expect(picker.choices).toEqual([
      { title: t('nomination.hint.nominee'), value: '-' },
      { title: chosen.displayName, value: chosen.userId },
    ]);
    expect(utf16Size(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(cardProblems(card)).toEqual([]);
  });

  it('ties every input to its label, and required inputs to an error message', () => {
    const card = renderForm(form, formTexts(t));
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toEqual([]);
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
