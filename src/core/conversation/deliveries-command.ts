import { createDeliveryLines, deliveryReason } from '../delivery/delivery-lines.js';
import type { Block, Message } from '../message.js';
import type { Person } from '../records.js';
import type { Locale } from '../vocabulary.js';
import type { ConversationDeps } from './deps.js';
import { notAllowedReply } from './not-allowed.js';
import { messageReply, type Reply, textReply } from './reply.js';

/** How many failed deliveries are shown (the newest); the answer says how many older ones there are. */
const LIMIT = 200;

/**
 * `deliveries`: what did not reach people, for admins only. Names who could not be reached and why,
 * never what the message said.
 */
export async function deliveriesCommand(
  deps: ConversationDeps,
  person: Person,
  locale: Locale,
): Promise<Reply> {
  const { t, lines, nameOf, targetName } = createDeliveryLines(deps.ctx, locale);
  if (!(await deps.people.roles(person.key)).has('admin'))
    return notAllowedReply(deps.people, person, locale, 'deliveries.notAllowed');
  const { store } = deps.ctx;
  const all = await store.outbox.list({ status: 'failed' });
  const failed = all.slice(-LIMIT);
  // Not failed for good: still being tried after an error (a rate limit, an outage), so not "arrived".
  const retrying = (await store.outbox.list({ status: 'pending' }))
    .filter((d) => d.lastError !== null)
    .slice(-LIMIT);

  // The nominee only: who nominated them stays unseen, as the nomination was never accepted.
  const consents: string[] = [];
  for (const d of failed) {
    if (d.payload.type !== 'consent') continue;
    const nomination = await store.content.getNomination(d.payload.nominationId);
    const nominee = nomination?.nomineeKey ? await nameOf(nomination.nomineeKey) : await targetName(d.target);
    consents.push(`${nominee} – ${deliveryReason(t, d.lastError)}`);
  }
  const others = await lines(failed.filter((d) => d.payload.type !== 'consent'));
  const again = await lines(retrying);
  if (consents.length === 0 && others.length === 0 && again.length === 0)
    return textReply(locale, t('deliveries.none'));

  const section = (heading: string, lines: string[]): Block[] =>
    lines.length === 0
      ? []
      : [
          { type: 'heading', text: heading },
          { type: 'text', text: lines.map((l) => `• ${l}`).join('\n') },
        ];
  const more = all.length - failed.length;
  const unreachable = failed.some((d) => d.lastError === 'teams_user_unreachable');
  const message: Message = {
    fallbackText: t('deliveries.heading'),
    blocks: [
      { type: 'heading', text: t('deliveries.heading') },
      ...section(t('deliveries.consent.heading'), consents),
      ...section(t('deliveries.other.heading'), others),
      ...section(t('deliveries.retrying.heading'), again),
      ...(unreachable ? [{ type: 'context' as const, text: t('deliveries.setupPolicy') }] : []),
      ...(more > 0 ? [{ type: 'context' as const, text: t('deliveries.more', { count: more }) }] : []),
      { type: 'context', text: t('deliveries.note') },
    ],
  };
  return messageReply(locale, message);
}
