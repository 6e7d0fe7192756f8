import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS, parseCommand } from '../../src/core/conversation/index.js';
import { CATALOGS } from '../../src/core/i18n/translate.js';
import { LOCALES, type Locale } from '../../src/core/vocabulary.js';

/** Every `/kulturpuls …` a text tells people to type, per locale, with the key it is in. */
function commandsIn(locale: Locale): { key: string; command: string }[] {
  return Object.entries(CATALOGS[locale]).flatMap(([key, entry]) => {
    const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
    return texts.flatMap((text) =>
      [...text.matchAll(/`\/kulturpuls ([^`]+)`/g)].map((m) => ({ key, command: m[1] as string })),
    );
  });
}

/** "kaffe bli-med|stå-over" is three commands; placeholders get a value, optional parts are left out. */
function examples(command: string): string[] {
  const filled = command
    .replace(/\{\w+\}/g, 'ab12cd34')
    .replace(/\[[^\]]+\]/g, '')
    .replace(/…/g, 'tekst')
    .trim();
  const words = filled.split(/\s+/);
  const choice = words.findIndex((word) => word.includes('|'));
  if (choice < 0) return [filled];
  return (words[choice] ?? '')
    .split('|')
    .map((option) => [...words.slice(0, choice), option, ...words.slice(choice + 1)].join(' '));
}

const ENGLISH_ONLY = new Set(
  Object.values(COMMAND_WORDS)
    .map((words) => words[0] as string)
    .filter((word) => !['pause', 'kaffe'].includes(word)),
);

describe('commands in the texts', () => {
  it.each(LOCALES)('every command a %s text tells people to type is understood', (locale) => {
    const commands = commandsIn(locale);
    expect(commands.length).toBeGreaterThan(25);
    for (const { key, command } of commands)
      for (const example of examples(command))
        expect(parseCommand(example).kind, `${key}: ${example}`).not.toBe('unknown');
  });

  it.each(['nb', 'nn'] as const)('%s teaches its own command words, not the English ones', (locale) => {
    const english = commandsIn(locale).filter(({ command }) =>
      ENGLISH_ONLY.has(command.split(/\s+/)[0] ?? ''),
    );
    expect(english).toEqual([]);
    const help = CATALOGS[locale]['chat.help'] as string;
    for (const word of ['historie', 'nominer', 'sektor', 'minedata', 'språk']) expect(help).toContain(word);
  });

  it('understands a command typed with the /kulturpuls the texts show, and the English words too', () => {
    expect(parseCommand('/kulturpuls minedata')).toEqual({ kind: 'mydata' });
    expect(parseCommand('kulturpuls nestesteg')).toEqual({ kind: 'nextsteps' });
    expect(parseCommand('/kulturpuls historie Ny rutine')).toEqual({ kind: 'story', prefill: 'Ny rutine' });
    expect(parseCommand('/kulturpuls')).toEqual({ kind: 'help' });
    expect(parseCommand('publiser fortnightly-pulse tving')).toEqual({
      kind: 'post',
      scheduleId: 'fortnightly-pulse',
      force: true,
    });
    expect(parseCommand('minedata slett ab12')).toEqual({ kind: 'forget', code: 'ab12' });
    expect(parseCommand('leveringar')).toEqual({ kind: 'deliveries' });
    expect(parseCommand('mydata')).toEqual({ kind: 'mydata' });
    expect(parseCommand('post fortnightly-pulse force')).toMatchObject({ kind: 'post', force: true });
    expect(parseCommand('kulturpulsen')).toEqual({ kind: 'unknown', word: 'kulturpulsen' });
  });
});
