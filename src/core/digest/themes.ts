import { StemmerNo, StopwordsNo } from '@nlpjs/lang-no';

export interface Theme {
  /** The form people wrote most often. */
  word: string;
  /** In how many texts the word (any inflection) appears. */
  texts: number;
}

const stemmer = new StemmerNo();
const stopwords = new StopwordsNo();
const MIN_LENGTH = 4;
const MAX_THEMES = 8;

/**
 * Recurring themes across the month's texts, on this server (nothing is sent anywhere): words are
 * reduced to their Norwegian stem (Snowball, from @nlpjs/lang-no) and its stop words are dropped,
 * so "samarbeid", "samarbeidet" and "samarbeider" count as one theme. A theme needs two texts: a word
 * from one text alone could point to its writer.
 */
export function recurringThemes(texts: readonly string[], extraStopwords: readonly string[] = []): Theme[] {
  const skip = new Set(extraStopwords.map((w) => w.toLowerCase()));
  const inTexts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
      if (word.length < MIN_LENGTH || stopwords.isStopword(word) || skip.has(word)) continue;
      const stem = stemmer.stem(word);
      const counts = forms.get(stem) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      forms.set(stem, counts);
      if (seen.has(stem)) continue;
      seen.add(stem);
      inTexts.set(stem, (inTexts.get(stem) ?? 0) + 1);
    }
  }
  return [...inTexts]
    .filter(([, n]) => n >= 2)
    .map(([stem, n]) => {
      const [word] = [...(forms.get(stem) ?? [])].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0] ?? [stem];
      return { word, texts: n };
    })
    .sort((a, b) => b.texts - a.texts || a.word.localeCompare(b.word))
    .slice(0, MAX_THEMES);
}
