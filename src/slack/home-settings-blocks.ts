import type { types } from '@slack/bolt';
import { translator } from '../core/i18n/translate.js';
import type { Person } from '../core/records.js';
import type { Sector } from '../core/settings.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import { clip, SLACK_LIMITS as L } from './limits.js';
import { plain } from './mrkdwn.js';

/** App Home's settings controls; Slack-only, so the ids live here and not in the core's ACTIONS. */
export const HOME_ACTIONS = {
  locale: 'kp_home_locale',
  pause: 'kp_home_pause',
  sector: 'kp_home_sector',
} as const;

const PAUSED = 'paused';

type Option = types.PlainTextOption;
const option = (value: string, text: string): Option => ({
  text: plain(text, L.optionText),
  value: clip(value, L.optionValue),
});

/** Language and sector as menus, pause as a checkbox: a change is saved at once (no submit). */
export function homeSettingsBlocks(person: Person, locale: Locale, sectors: Sector[]): types.KnownBlock[] {
  const t = translator(locale);
  const languages = LOCALES.map((l) => option(l, t(`chat.language.${l}`)));
  const sectorOptions = sectors.slice(0, L.optionsPerSelect).map((s) => option(s.id, s.name[locale]));
  const pause = option(PAUSED, t('slack.home.pause'));
  const current = sectorOptions.find((o) => o.value === person.sector);
  const blocks: types.KnownBlock[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${t('slack.home.language')}*` },
      accessory: {
        type: 'static_select',
        action_id: HOME_ACTIONS.locale,
        options: languages,
        initial_option: languages.find((o) => o.value === locale) ?? (languages[0] as Option),
      },
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${t('slack.home.reminders')}*` },
      accessory: {
        type: 'checkboxes',
        action_id: HOME_ACTIONS.pause,
        options: [pause],
        ...(person.paused ? { initial_options: [pause] } : {}),
      },
    },
  ];
  if (sectorOptions.length > 0) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${t('slack.home.sector')}*` },
      accessory: {
        type: 'static_select',
        action_id: HOME_ACTIONS.sector,
        placeholder: plain(t('slack.home.sectorNone'), L.optionText),
        options: sectorOptions,
        ...(current ? { initial_option: current } : {}),
      },
    });
  }
  return blocks;
}

/** The pause checkbox's state from a block_actions payload. */
export function pausedFrom(action: { selected_options?: { value?: string }[] }): boolean {
  return (action.selected_options ?? []).some((o) => o.value === PAUSED);
}
