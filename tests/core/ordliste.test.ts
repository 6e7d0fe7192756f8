import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS, t } from '../../src/core/i18n/translate.js';

type Norwegian = 'nb' | 'nn';
interface Forbidden {
  locales: Norwegian[];
  word: string;
  use: string;
}

/** The table under «Ord vi ikke bruker» in docs/ordliste.md: the words stay in one place. */
function forbiddenWords(): Forbidden[] {
  const doc = readFileSync(new URL('../../docs/ordliste.md', import.meta.url), 'utf8');
  const section = doc.split(/^## /m).find((part) => part.startsWith('Ord vi ikke bruker'));
  if (!section) throw new Error('docs/ordliste.md has no section «Ord vi ikke bruker»');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter(([locales]) => locales !== 'Språk' && !locales?.startsWith('---'));
  return rows.flatMap(([locales = '', words = '', use = '']) =>
    words.split(',').map((word) => ({
      locales: locales.split(',').map((l) => l.trim() as Norwegian),
      word: word.trim(),
      use,
    })),
  );
}

function textsOf(locale: Norwegian): [string, string][] {
  return Object.entries(CATALOGS[locale]).flatMap(([key, entry]): [string, string][] =>
    typeof entry === 'string' ? [[key, entry]] : Object.values(entry).map((text) => [key, text]),
  );
}

/** A whole word or phrase, any case; commands in `code` are what people type, not words in a sentence. */
function contains(text: string, word: string): boolean {
  const prose = text.replace(/`[^`]*`/g, ' ');
  const phrase = word.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'iu').test(prose);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the ordliste (docs/ordliste.md)', () => {
  const forbidden = forbiddenWords();

  it('lists forbidden words for both nb and nn, and the check finds them', () => {
    expect(forbidden.filter((f) => f.locales.includes('nb')).length).toBeGreaterThan(5);
    expect(forbidden.filter((f) => f.locales.includes('nn')).length).toBeGreaterThan(10);
    expect(forbidden.every((f) => f.word !== '' && f.locales.every((l) => l === 'nb' || l === 'nn'))).toBe(
      true,
    );
    expect(contains('Kor einig er du?', 'einig')).toBe(true);
    expect(contains('Pulsen er stengd.', 'puls')).toBe(false);
    expect(contains('Pulsen er stengd.', 'pulsen')).toBe(true);
    expect(contains('Ei god Forteljing', 'forteljing')).toBe(true);
    expect(contains('Pulsmålinga frå Kulturpuls', 'puls')).toBe(false);
    expect(contains('Skriv `/kulturpuls puls`.', 'puls')).toBe(false);
    expect(contains('Trykk Lat  att', 'lat att')).toBe(true);
  });

  it.each(['nb', 'nn'] as const)('no %s text uses a word the ordliste rules out', (locale) => {
    const texts = textsOf(locale);
    expect(texts.length).toBeGreaterThan(400);
    const found = forbidden
      .filter((f) => f.locales.includes(locale))
      .flatMap((f) =>
        texts
          .filter(([, text]) => contains(text, f.word))
          .map(([key]) => `${key}: «${f.word}» (bruk ${f.use})`),
      );
    expect(found).toEqual([]);
  });

  it.each(['nb', 'nn'] as const)('%s texts end a sentence with one full stop, never two', (locale) => {
    const doubled = textsOf(locale).filter(([, text]) => /\.\.(?!\.)|\.»\./.test(text));
    expect(doubled).toEqual([]);
  });
});

describe('values put into texts (the punctuation rule, applied once in t())', () => {
  it('drops the text’s full stop after a value that already ends a sentence', () => {
    expect(t('nb', 'pol.benefits', { who: 'innbyggere som venter på svar.' })).toBe(
      'Til nytte for: innbyggere som venter på svar.',
    );
    expect(t('nn', 'pol.benefits', { who: 'Kven har nytte av dette?' })).toBe(
      'Til nytte for: Kven har nytte av dette?',
    );
    expect(t('nb', 'pol.benefits', { who: 'innbyggere' })).toBe('Til nytte for: innbyggere.');
  });

  it('keeps a quoted sentence’s own full stop inside the quote and adds none after it', () => {
    const params = { answer: 'Helt enig', statement: 'Det vi prøvde, har fungert.' };
    expect(t('nb', 'pulse.vote.recorded', params)).toBe(
      'Takk! Du svarte «Helt enig» på «Det vi prøvde, har fungert.»',
    );
    expect(t('nb', 'pulse.vote.recorded', { ...params, statement: 'Vi prøver nytt' })).toBe(
      'Takk! Du svarte «Helt enig» på «Vi prøver nytt».',
    );
    expect(t('en', 'sector.unknown', { id: 'We tried it.' })).toBe('There is no sector “We tried it.”');
  });

  it('leaves a value alone where no full stop follows it', () => {
    expect(t('nb', 'chat.post.unknown', { id: 'x', known: 'a, b.' })).toBe(
      'Fant ingen plan «x». Planer: a, b.',
    );
  });
});
