import { describe, expect, it } from 'vitest';
import { HELP_COMMANDS, localShortcuts } from '../../src/core/conversation/help-commands.js';
import { parseCommand } from '../../src/core/conversation/index.js';
import { type MessageKey, t } from '../../src/core/i18n/translate.js';
import { LOCALES } from '../../src/core/vocabulary.js';

const nobody = { manager: false, lead: false, admin: false };
const keys = (who: typeof nobody) => localShortcuts(who).map((s) => s.key);

describe('the local page’s shortcuts come from the help’s commands', () => {
  it('each shortcut types, in every language, the command it belongs to', () => {
    for (const command of HELP_COMMANDS)
      for (const { key } of command.local ?? [])
        for (const locale of LOCALES) {
          const typed = t(locale, `local.shortcut.${key}.command` as MessageKey);
          expect(parseCommand(typed).kind, `${locale} ${key}: ${typed}`).toBe(
            parseCommand(command.words).kind,
          );
        }
  });

  it('a person sees the shortcuts of the commands the help offers them, no more', () => {
    expect(keys(nobody)).toEqual(['kaffeJoin', 'kaffeSkip', 'kaffeLeave', 'mydata', 'help']);
    expect(keys({ ...nobody, manager: true })).toEqual(keys(nobody));
    expect(keys({ ...nobody, lead: true })).toEqual([
      ...keys(nobody),
      'results',
      'resultsNote',
      'nextsteps',
      'comments',
    ]);
    expect(keys({ ...nobody, admin: true })).toEqual([...keys(nobody), 'deliveries']);
  });
});
