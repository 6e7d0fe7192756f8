// The help's buttons under a message: the help itself, and the welcome a person gets unasked (Teams).
import { type Translator, translator } from '../i18n/translate.js';
import type { Message } from '../message.js';
import type { People } from '../people.js';
import { commandButton, helpButtons, withButtons } from './command-buttons.js';
import { parseCommand } from './commands.js';
import type { HelpAudience } from './help-commands.js';
import type { Reply } from './reply.js';

/** Which of the help's commands this person may use. */
export async function helpAudience(
  people: Pick<People, 'mayRecognise' | 'isLeadOrAdmin' | 'roles'>,
  key: string,
): Promise<HelpAudience> {
  return {
    manager: await people.mayRecognise(key),
    lead: await people.isLeadOrAdmin(key),
    admin: (await people.roles(key)).has('admin'),
  };
}

/** "Eller trykk:" and one button per command this person may use. */
export const withHelpMenu = (message: Message, t: Translator, who: HelpAudience): Message =>
  withButtons(
    { ...message, blocks: [...message.blocks, { type: 'context', text: t('click.heading') }] },
    helpButtons(t, who),
  );

/**
 * Where a command button's answer takes the place of the message clicked (a Teams card, a Slack
 * ephemeral answer), a button back to the help's choices under it; the answer's own text unchanged.
 */
export function withWayBack(reply: Reply, words: string): Reply {
  // The help itself (an unknown word's answer holds it too) needs no way back to it; a form has its own.
  const kind = parseCommand(words).kind;
  if (reply.kind !== 'message' || kind === 'help' || kind === 'unknown') return reply;
  const back = commandButton(translator(reply.locale)('click.menu'), 'help');
  return { ...reply, message: withButtons(reply.message, [back]) };
}
