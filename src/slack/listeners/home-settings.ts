import type { App, BlockAction, CheckboxesAction, StaticSelectAction } from '@slack/bolt';
import { personKey } from '../../core/records.js';
import { LOCALES, type Locale } from '../../core/vocabulary.js';
import type { SlackDeps } from '../deps.js';
import { HOME_ACTIONS, pausedFrom } from '../home-settings-blocks.js';
import { actorOf } from '../parse.js';
import { publishHome } from '../publish-home.js';

const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);

/** App Home's settings menus: each saves at once, then App Home is published again to show it. */
export function registerHomeSettings(app: App, deps: SlackDeps): void {
  app.action<BlockAction<StaticSelectAction>>(HOME_ACTIONS.locale, async ({ ack, body, action, client }) => {
    await ack();
    const value = action.selected_option?.value;
    if (!isLocale(value)) return;
    await deps.core.people.setLocale(personKey('slack', body.user.id), value);
    await publishHome(deps, client, actorOf({ id: body.user.id }));
  });

  app.action<BlockAction<CheckboxesAction>>(HOME_ACTIONS.pause, async ({ ack, body, action, client }) => {
    await ack();
    await deps.core.people.setPaused(personKey('slack', body.user.id), pausedFrom(action));
    await publishHome(deps, client, actorOf({ id: body.user.id }));
  });

  app.action<BlockAction<StaticSelectAction>>(HOME_ACTIONS.sector, async ({ ack, body, action, client }) => {
    await ack();
    const sector = action.selected_option?.value;
    if (sector) await deps.core.people.chooseSector(personKey('slack', body.user.id), sector);
    await publishHome(deps, client, actorOf({ id: body.user.id }));
  });
}
