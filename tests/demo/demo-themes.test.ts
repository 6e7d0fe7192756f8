import { StopwordsNo } from '@nlpjs/lang-no';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shiftMonth } from '../../src/core/time.js';
import { DEMO_NOW, runDemo } from './demo-runtime.js';

// The filler words a lead reported as "themes" of the demo year, and their kind.
const REPORTED = ['flere', 'første', 'burde', 'fått', 'følger', 'neste', 'mange', 'bedre', 'ting', 'gang'];
const snowball = new StopwordsNo();

let demo: Awaited<ReturnType<typeof runDemo>>;
beforeAll(async () => {
  demo = await runDemo({ members: 300, months: 6, seed: 7 });
}, 300_000);
afterAll(() => demo?.close());

const months = () => [1, 2, 3, 4, 5, 6].map((back) => shiftMonth(DEMO_NOW.toISOString().slice(0, 7), -back));

it('finds no stop word or filler word among the top themes of any demo month', async () => {
  for (const month of months()) {
    const themes = (await demo.runtime.core.digests.forMonth(month)).themes.slice(0, 10);
    expect(themes.length, month).toBeGreaterThanOrEqual(5);
    for (const { word } of themes) {
      // A phrase may start with a word like "neste" ("neste steg"), but never ends in a stop word.
      const last = word.split(' ').at(-1) ?? '';
      expect(snowball.isStopword(last), `${month}: ${word}`).toBe(false);
      if (!word.includes(' ')) expect(REPORTED, `${month}: ${word}`).not.toContain(word);
    }
  }
});

it('names the demo year in words a lead would use, phrases included', async () => {
  const all: string[] = [];
  for (const month of months())
    all.push(...(await demo.runtime.core.digests.forMonth(month)).themes.map((x) => x.word));
  expect(all.some((word) => word.includes(' '))).toBe(true);
  // The demo texts talk about these; at least some must come through as themes.
  const expected = ['faste samarbeidsmøter', 'neste steg', 'skole', 'barnevern', 'opplæring', 'innbyggerne'];
  expect(expected.filter((word) => all.includes(word)).length).toBeGreaterThanOrEqual(3);
});

it('counts a theme only when at least three people wrote it', async () => {
  for (const month of months())
    for (const theme of (await demo.runtime.core.digests.forMonth(month)).themes)
      expect(theme.texts, `${month}: ${theme.word}`).toBeGreaterThanOrEqual(3);
});
