import type { Reply } from '../core/conversation/index.js';
import { translator } from '../core/i18n/translate.js';
import { type AdaptiveCard, PULSE_REFRESH_VERB } from './card-types.js';
import { formTexts, renderForm } from './render-form.js';
import { renderMessage } from './render-message.js';

/**
 * A neutral reply as one card. A pulse shown to one person carries a refresh for them alone, so
 * Teams shows their own view (their answers marked) whenever the message is opened again.
 */
export function renderReply(reply: Reply, viewer?: { pulseId: string; teamsUserId: string }): AdaptiveCard {
  if (reply.kind !== 'message') {
    const texts = formTexts(translator(reply.locale));
    return renderForm(reply.form, texts, reply.kind === 'form_errors' ? reply.errors : {});
  }
  const refresh = viewer && {
    verb: PULSE_REFRESH_VERB,
    data: { pulseId: viewer.pulseId },
    userIds: [viewer.teamsUserId],
  };
  return renderMessage(reply.pulse ?? reply.message, refresh ? { refresh } : {});
}

/** The notification text of a reply. */
export function replySummary(reply: Reply): string {
  return reply.kind === 'message' ? reply.message.fallbackText : reply.form.title;
}
