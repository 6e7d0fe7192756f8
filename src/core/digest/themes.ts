import { StemmerNo, StopwordsNo } from '@nlpjs/lang-no';
import { FILLER_WORDS, PHRASE_STARTERS } from './filler-words.js';

export interface Theme {
  /** A two-word phrase or a word, in the form people wrote most often. */
  word: string;
  /** In how many texts the phrase or word (any inflection) appears. */
  texts: number;
}

/** A text and who wrote it: a person key, or null for an unnamed text (counted as a writer of its own). */
export interface ThemeText {
  text: string;
  writer: string | null;
}

const stemmer = new StemmerNo();
const stopwords = new StopwordsNo();
const filler = new Set(FILLER_WORDS);
const fillerStems = new Set(FILLER_WORDS.map((w) => stemmer.stem(w)));
const starters = new Set(PHRASE_STARTERS);
const MIN_LENGTH = 4;
const MIN_PHRASE_WORD = 3;
/** "Several people": a theme one or two people wrote is their wording, not the organisation's. */
export const THEME_MIN_WRITERS = 3;
const MAX_THEMES = 8;

interface Candidate {
  /** Indexes of the texts it appears in. */
  texts: Set<number>;
  forms: Map<string, number>;
  stems: string[];
}

function isFiller(word: string): boolean {
  return stopwords.isStopword(word) || filler.has(word) || fillerStems.has(stemmer.stem(word));
}

/**
 * Recurring themes across the month's texts, on this server (nothing is sent anywhere). Words are
 * reduced to their Norwegian stem (Snowball, from @nlpjs/lang-no); its stop words and FILLER_WORDS
 * are dropped, so "samarbeid", "samarbeidet" and "samarbeider" count as one theme. Two adjacent
 * content words ("faste samarbeidsmøter") make a phrase, shown instead of its words when they
 * rarely appear apart. A theme needs THEME_MIN_WRITERS writers.
 */
export function recurringThemes(texts: readonly ThemeText[]): Theme[] {
  const candidates = new Map<string, Candidate>();
  const note = (key: string, stems: string[], form: string, index: number) => {
    const c = candidates.get(key) ?? { texts: new Set<number>(), forms: new Map<string, number>(), stems };
    c.texts.add(index);
    c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    candidates.set(key, c);
  };
  texts.forEach(({ text }, index) => {
    // A phrase never spans a sentence or a clause: split on punctuation first.
    for (const clause of text.toLowerCase().split(/[.,;:!?()«»"\n]+/u)) {
      const words = clause.match(/[\p{L}]+/gu) ?? [];
      words.forEach((word, i) => {
        const starter = starters.has(word);
        if (!starter && isFiller(word)) return;
        const stem = stemmer.stem(word);
        if (!starter && word.length >= MIN_LENGTH) note(stem, [stem], word, index);
        const next = words[i + 1];
        if (!next || next.length < MIN_LENGTH || isFiller(next) || starters.has(next)) return;
        if (starter || word.length >= MIN_PHRASE_WORD) {
          const nextStem = stemmer.stem(next);
          note(`${stem} ${nextStem}`, [stem, nextStem], `${word} ${next}`, index);
        }
      });
    }
  });
  const writers = (indexes: Iterable<number>) =>
    new Set([...indexes].map((i) => texts[i]?.writer ?? `text#${i}`)).size;
  const recurring = [...candidates].filter(([, c]) => writers(c.texts) >= THEME_MIN_WRITERS);
  const phrases = recurring.filter(([, c]) => c.stems.length === 2);
  const shown = recurring.filter(([stem, c]) => {
    if (c.stems.length === 2) return true;
    // A word that recurs only inside a shown phrase adds nothing the phrase does not say.
    const apart = [...c.texts].filter(
      (i) => !phrases.some(([, p]) => p.stems.includes(stem) && p.texts.has(i)),
    );
    return writers(apart) >= THEME_MIN_WRITERS;
  });
  return shown
    .map(([, c]) => ({ c, writers: writers(c.texts), word: commonestForm(c.forms) }))
    .sort(
      (a, b) =>
        b.writers - a.writers ||
        b.c.stems.length - a.c.stems.length ||
        b.c.texts.size - a.c.texts.size ||
        a.word.localeCompare(b.word),
    )
    .map(({ c, word }) => ({ word, texts: c.texts.size }))
    .slice(0, MAX_THEMES);
}

function commonestForm(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
