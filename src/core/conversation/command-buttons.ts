// Every command in the help as a button, on every platform: the button carries the command's words and
// runs them as if typed, so a click and the typed shortcut reach the same use case.
import type { Translator } from '../i18n/translate.js';
import { ACTIONS, type Block, type Button, type Message } from '../message.js';
import type { Settings } from '../settings.js';
import { LOCALES, type Locale } from '../vocabulary.js';
import { HELP_COMMANDS, type HelpAudience, type HelpWords, mayUse } from './help-commands.js';

/** Slack's actions block and a Teams ActionSet both stay readable with this many buttons a row. */
const ROW = 5;

export const commandButton = (label: string, words: string, style?: Button['style']): Button => ({
  actionId: ACTIONS.command,
  label,
  value: words,
  ...(style ? { style } : {}),
});

/** Buttons in rows of at most `ROW`. */
export function buttonRows(buttons: Button[]): Block[] {
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length; i += ROW)
    rows.push({ type: 'actions', buttons: buttons.slice(i, i + ROW) });
  return rows;
}

/** A message with buttons under it. */
export const withButtons = (message: Message, buttons: Button[]): Message =>
  buttons.length === 0 ? message : { ...message, blocks: [...message.blocks, ...buttonRows(buttons)] };

/** The two commands that open a form, as their own buttons; every other is its words. */
function helpButton(t: Translator, words: HelpWords): Button {
  if (words === 'story')
    return { actionId: ACTIONS.openStory, label: t('story.shareButton'), value: 'story', style: 'primary' };
  if (words === 'nomination')
    return { actionId: ACTIONS.openNomination, label: t('nomination.form.title'), value: 'nomination' };
  return commandButton(t(`click.${words}`), words);
}

/** The help's commands for this person, one button each (the typed words stay in the help's text). */
export function helpButtons(
  t: Translator,
  who: HelpAudience,
  options: { settings?: boolean; help?: boolean } = {},
): Button[] {
  return HELP_COMMANDS.filter((c) => mayUse(who, c.audience))
    .filter((c) => options.settings !== false || !c.setting)
    .filter((c) => options.help || !c.onlyAsked)
    .map((c) => helpButton(t, c.words));
}

/** `lang` alone: one button per language, each named in that language's own words. */
export const languageButtons = (t: Translator): Button[] =>
  LOCALES.map((l) => commandButton(t(`chat.language.${l}`), `lang ${l}`));

/** `sector` alone: one button per configured sector. */
export const sectorButtons = (settings: Settings, locale: Locale): Button[] =>
  settings.sectors.map((s) => commandButton(s.name[locale], `sector ${s.id}`));

/** `post` alone: one button per enabled plan, named by what it posts (the id only to tell two apart). */
export function planButtons(settings: Settings, t: Translator): Button[] {
  const enabled = settings.schedules.filter((s) => s.enabled);
  return enabled.map((s) => {
    const what = t(`schedule.kind.${s.kind}`);
    const twins = enabled.filter((o) => o.kind === s.kind).length > 1;
    return commandButton(twins ? `${what} (${s.id})` : what, `post ${s.id}`);
  });
}

/** `kaffe` alone: join, skip the next round, leave. */
export const kaffeButtons = (t: Translator): Button[] => [
  commandButton(t('click.kaffe.join'), 'kaffe join', 'primary'),
  commandButton(t('click.kaffe.skip'), 'kaffe skip'),
  commandButton(t('click.kaffe.leave'), 'kaffe leave'),
];
