import type { PartCatalog } from '../catalog-types.js';
import type { adminNb } from './admin.nb.js';

// English.
export const adminEn: PartCatalog<typeof adminNb> = {
  'deliveries.heading': 'Deliveries that did not arrive',
  'deliveries.none': 'Every delivery has arrived.',
  'deliveries.notAllowed': 'Only administrators can see this.',
  'deliveries.consent.heading': 'Consent requests that did not reach the nominee',
  'deliveries.other.heading': 'Other failed deliveries',
  'deliveries.item': { one: '{kind} to {target}', other: '{kind} to {target} ({count} times)' },
  'deliveries.unknownName': 'someone whose name is not known',
  'deliveries.channel': 'a channel in {platform}',
  'deliveries.channelFor': 'the channel for {what} in {platform}',
  'deliveries.platform.slack': 'Slack',
  'deliveries.platform.teams': 'Teams',
  'deliveries.platform.local': 'the demo',
  'deliveries.kind.reflection': 'Reflection question',
  'deliveries.kind.learning': 'Learning loop',
  'deliveries.kind.pulse': 'Pulse',
  'deliveries.kind.digest': 'Monthly digest',
  'deliveries.kind.reminder': 'Reminder',
  'deliveries.kind.consent': 'Consent request',
  'deliveries.kind.recognition': 'Recognition',
  'deliveries.kind.notice': 'Notice',
  'deliveries.kind.pulseClosed': 'Closed pulse',
  'deliveries.kind.results': 'Results',
  'deliveries.kind.checkBack': 'Next-step check-back',
  'deliveries.kind.kaffePair': 'Kaffe på tvers pair',
  'deliveries.kind.kaffeMet': 'Kaffe på tvers follow-up',
  'deliveries.kind.comment': 'Anonymous comment conversation',
  'deliveries.kind.story': 'Shared story',
  'deliveries.retrying.heading': 'Deliveries being tried again',
  'deliveries.anonymousCommenter': 'the people taking part (not named: the comments are anonymous)',
  'deliveries.reason.notInstalled':
    'the app is not installed for them, so the bot cannot open a chat with them',
  'deliveries.reason.neverMet': 'the bot has not been added there yet (add the app to the team or channel)',
  'deliveries.reason.removed': 'the bot was removed from the channel or conversation',
  'deliveries.reason.gone':
    'the conversation or channel no longer exists (deleted, or a wrong id in the configuration)',
  'deliveries.reason.rateLimited':
    'the platform asked us to wait a little (too many messages in a short time)',
  'deliveries.reason.personGone': 'the person no longer exists or is deactivated',
  'deliveries.reason.credentials': 'the platform credentials are invalid or lack a permission',
  'deliveries.reason.rejected': 'the platform refused the message',
  'deliveries.reason.platformOff': 'the platform is not turned on in this installation',
  'deliveries.reason.waiting': 'waiting for the message it belongs to to be sent first',
  'deliveries.reason.nothingToUpdate': 'the message it was to update never arrived',
  'deliveries.reason.other': 'platform error ({code})',
  'deliveries.setupPolicy':
    'Install the app for everyone with a Teams setup policy: README.md#4-install-the-app-for-everyone ("Microsoft Teams" → "4. Install the app for everyone").',
  'deliveries.more': {
    one: '… and {count} older delivery (see /metrics and the database).',
    other: '… and {count} older deliveries (see /metrics and the database).',
  },
  'deliveries.note': 'What the messages said is not shown here. Nothing that failed was published.',
  'deliveries.help':
    'For administrators:\n• `/kulturpuls deliveries` – deliveries that did not arrive, and why',
};
