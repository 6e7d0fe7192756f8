import type { Core } from '../core/create-core.js';
import { t } from '../core/i18n/translate.js';
import type { Form, Message } from '../core/message.js';
import type { Actor } from '../core/people.js';
import { personKey } from '../core/records.js';
import type { Locale } from '../core/vocabulary.js';
import type { PluginContext } from '../platform-plugin.js';
import type { RecentIds } from './dedupe.js';
import { type RenderOptions, renderMessage, type SlackMessage } from './render-message.js';
import { renderModal } from './render-modal.js';

/** What every listener needs: the core, and rendering in the acting person's language. */
export interface SlackDeps extends PluginContext {
  core: Core;
  localeOf(actor: Actor): Locale;
  renderOptions(locale: Locale): RenderOptions;
  message(message: Message, actor: Actor): SlackMessage;
  modal(form: Form, actor: Actor): ReturnType<typeof renderModal>;
  /** Event ids and submitted view ids already handled. */
  seenEvents: RecentIds;
  seenViews: RecentIds;
}

export function dashboardUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/$/, '')}/dashboard`;
}

export function createSlackDeps(
  context: PluginContext,
  seen: { events: RecentIds; views: RecentIds },
): SlackDeps {
  const { core } = context.runtime;
  const renderOptions = (locale: Locale): RenderOptions => ({
    moreUrl: dashboardUrl(core.settings.publicUrl),
    moreLabel: t(locale, 'chat.truncated'),
  });
  const localeOf = (actor: Actor) => core.people.localeOf(personKey(actor.platform, actor.userId));
  return {
    ...context,
    core,
    localeOf,
    renderOptions,
    message: (message, actor) => renderMessage(message, renderOptions(localeOf(actor))),
    modal: (form, actor) => renderModal(form, { close: t(localeOf(actor), 'form.cancel') }),
    seenEvents: seen.events,
    seenViews: seen.views,
  };
}
