import type { Conversation, Reply } from '../core/conversation/index.js';
import { t } from '../core/i18n/translate.js';
import type { Form, Message } from '../core/message.js';
import type { Actor } from '../core/people.js';
import { personKey } from '../core/records.js';
import { localMonth, shiftMonth } from '../core/time.js';
import type { Locale } from '../core/vocabulary.js';
import type { PluginContext } from '../platform-plugin.js';
import type { RecentIds } from './dedupe.js';
import type { SlackIdentity } from './identity.js';
import { renderConfirmationModal } from './render-home.js';
import { type RenderOptions, renderMessage, type SlackMessage } from './render-message.js';
import { renderModal } from './render-modal.js';

/** What every listener needs: the conversation, who is acting, and rendering in their language. */
export interface SlackDeps extends PluginContext {
  conversation: Conversation;
  identity: SlackIdentity;
  renderOptions(locale: Locale): RenderOptions;
  /** A form as a modal; its close button in the person's stored language. */
  modal(form: Form, actor: Actor): Promise<ReturnType<typeof renderModal>>;
  /** A reply as a message (ephemeral or in place), in the reply's own language. */
  replyMessage(reply: Reply): SlackMessage;
  /** A form submission's confirmation, replacing the modal it came from. */
  confirmationModal(title: string, reply: Reply): ReturnType<typeof renderConfirmationModal>;
  /** Event ids and submitted view ids already handled. */
  seenEvents: RecentIds;
  seenViews: RecentIds;
}

/** The month a dashboard link opens by default: the last whole month, as the digest shows it. */
const lastMonth = ({ clock, settings }: Pick<PluginContext, 'clock' | 'settings'>) =>
  shiftMonth(localMonth(clock.now(), settings.timezone), -1);

/** The blocks a reply shows: a form's title when it is one (forms are opened as modals, not here). */
function messageOf(reply: Reply): Message {
  if (reply.kind === 'message') return reply.pulse ?? reply.message;
  return { fallbackText: reply.form.title, blocks: [{ type: 'heading', text: reply.form.title }] };
}

export function createSlackDeps(
  context: PluginContext,
  extra: { identity: SlackIdentity; seen: { events: RecentIds; views: RecentIds } },
): SlackDeps {
  const { core } = context;
  // "Read the rest" opens last month's dashboard with a channel link (that month only), signed when
  // rendered, and only when something is cut (a vote's reply never is, so it signs nothing): a cut-off
  // message can be seen by anyone in its channel, never a lead's own link.
  const renderOptions = (locale: Locale): RenderOptions => ({
    moreUrl: () => core.digests.dashboardUrl(lastMonth(context)),
    moreLabel: t(locale, 'chat.truncated'),
  });
  const localeOf = (actor: Actor) => core.people.localeOf(personKey(actor.platform, actor.userId));
  return {
    ...context,
    conversation: core.conversation,
    identity: extra.identity,
    renderOptions,
    modal: async (form, actor) => renderModal(form, { close: t(await localeOf(actor), 'form.cancel') }),
    replyMessage: (reply) => renderMessage(messageOf(reply), renderOptions(reply.locale)),
    // A modal confirms what was sent; a pulse view beside the reply is for where the form replaced it.
    confirmationModal: (title, reply) =>
      renderConfirmationModal(
        title,
        t(reply.locale, 'chat.close'),
        reply.kind === 'message' ? reply.message.blocks : messageOf(reply).blocks,
        renderOptions(reply.locale),
      ),
    seenEvents: extra.seen.events,
    seenViews: extra.seen.views,
  };
}
