// What people read in a Teams card. Microsoft's "Text formatting in cards" (learn.microsoft.com,
// Teams: cards-format) lists the Markdown card text supports: bold, italic, bulleted and numbered
// lists, and hyperlinks. It has no code style and no backslash escape, so either shows as typed.
import { describe, expect, it } from 'vitest';
import { textBlock } from '../../src/teams/render-message.js';

// The documentation's own examples, as the card text is written.
const DOCUMENTED = { bold: '**Bold**', italic: '_Italic_', link: '[Title](https://aka.ms/botframework)' };

describe('card text as Teams shows it', () => {
  it('has no backslash escapes and no code marks (Teams would show them as typed)', () => {
    for (const text of [
      'Skriv `/kulturpuls mydata forget` for å slette dataene dine.',
      'Kommentar [3o6xizwy] er skjult.',
      'Bruk digest [ÅÅÅÅ-MM].',
    ]) {
      const shown = textBlock(text).text;
      expect(shown).not.toMatch(/[\\`]/);
    }
  });

  it('shows what to type in bold, the one style the documentation offers for it', () => {
    expect(textBlock('Skriv `/kulturpuls mydata forget`.').text).toBe('Skriv **mydata forget**.');
    expect(textBlock('Kommentar [3o6xizwy] er skjult.').text).toBe('Kommentar [3o6xizwy] er skjult.');
    expect(DOCUMENTED.bold).toBe(`**${'Bold'}**`);
  });

  it('keeps a link typed by a person as text, so a story cannot post a clickable link under another name', () => {
    const shown = textBlock(`Se ${DOCUMENTED.link}`).text;
    expect(shown).not.toContain('](');
    expect(shown).toBe('Se [Title] (https://aka.ms/botframework)');
  });

  it('leaves bold and italic as the documentation writes them', () => {
    expect(textBlock(`${DOCUMENTED.bold} og ${DOCUMENTED.italic}`).text).toBe('**Bold** og _Italic_');
  });
});
