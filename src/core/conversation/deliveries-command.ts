import type { Translator } from '../i18n/translate.js';
import { translator } from '../i18n/translate.js';
import type { Block, Message } from '../message.js';
import type { Store } from '../ports.js';
import type { Delivery, Person, Target } from '../records.js';
import type { Locale } from '../vocabulary.js';
import type { ConversationDeps } from './deps.js';
import { notAllowedReply } from './not-allowed.js';
import { messageReply, type Reply, textReply } from './reply.js';

/** Plain-words reasons for the platforms' error codes; anything else is shown with its code. */
const REASONS: Record<string, DeliveryReason> = {
  teams_user_unreachable: 'notInstalled',
  no_conversation_reference: 'neverMet',
  // Teams answers 403 when the bot was taken out, 404 when the conversation itself is gone.
  bot_removed: 'removed',
  not_in_channel: 'removed',
  conversation_not_found: 'gone',
  channel_not_found: 'gone',
  is_archived: 'removed',
  channel_is_archived: 'removed',
  user_not_found: 'personGone',
  account_inactive: 'personGone',
  user_disabled: 'personGone',
  invalid_auth: 'credentials',
  not_authed: 'credentials',
  token_revoked: 'credentials',
  token_expired: 'credentials',
  missing_scope: 'credentials',
  bad_request: 'rejected',
  invalid_blocks: 'rejected',
  invalid_arguments: 'rejected',
  msg_too_long: 'rejected',
  rate_limited: 'rateLimited',
};
export type DeliveryReason =
  | 'notInstalled'
  | 'neverMet'
  | 'removed'
  | 'gone'
  | 'personGone'
  | 'credentials'
  | 'rejected'
  | 'platformOff'
  | 'rateLimited';

/** How many failed deliveries are shown (the newest); the answer says how many older ones there are. */
const LIMIT = 200;

/** What a platform's error code means, when it is one Kulturpuls knows. */
export function reasonOf(code: string | null): DeliveryReason | undefined {
  // `no_gateway:<platform>`: a post for a platform this installation has not turned on.
  return code?.startsWith('no_gateway:') ? 'platformOff' : code ? REASONS[code] : undefined;
}

/** The reason in plain words; an unknown code is shown as it is. */
export function deliveryReason(t: Translator, code: string | null): string {
  const reason = reasonOf(code);
  return reason ? t(`deliveries.reason.${reason}`) : t('deliveries.reason.other', { code: code ?? '?' });
}

/** Where a delivery went, as an admin reads it: a channel, or a person by name. */
export function targetNamer(
  store: Pick<Store, 'people'>,
  t: Translator,
): { nameOf(key: string): Promise<string>; targetName(target: Target): Promise<string> } {
  // A person the bot never met has their id for a name: say so, so the admin can look them up.
  const nameOf = async (key: string): Promise<string> => {
    const id = key.slice(key.indexOf(':') + 1);
    const name = (await store.people.get(key))?.displayName;
    return name && name !== id ? name : t('deliveries.unknownName', { id });
  };
  const targetName = async (target: Target): Promise<string> =>
    target.kind === 'dm'
      ? nameOf(`${target.platform}:${target.id}`)
      : t('deliveries.channel', { platform: target.platform, id: target.id });
  return { nameOf, targetName };
}

/**
 * `deliveries`: what did not reach people, for admins only. Names who could not be reached and why,
 * never what the message said.
 */
export async function deliveriesCommand(
  deps: ConversationDeps,
  person: Person,
  locale: Locale,
): Promise<Reply> {
  const t = translator(locale);
  if (!(await deps.people.roles(person.key)).has('admin'))
    return notAllowedReply(deps.people, person, locale, 'deliveries.notAllowed');
  const { store } = deps.ctx;
  const all = await store.outbox.list({ status: 'failed' });
  const failed = all.slice(-LIMIT);
  // Not failed for good: still being tried after an error (a rate limit, an outage), so not "arrived".
  const retrying = (await store.outbox.list({ status: 'pending' }))
    .filter((d) => d.lastError !== null)
    .slice(-LIMIT);
  const { nameOf, targetName } = targetNamer(store, t);

  // The nominee only: who nominated them stays unseen, as the nomination was never accepted.
  const consents: string[] = [];
  for (const d of failed) {
    if (d.payload.type !== 'consent') continue;
    const nomination = await store.content.getNomination(d.payload.nominationId);
    const nominee = nomination?.nomineeKey ? await nameOf(nomination.nomineeKey) : await targetName(d.target);
    consents.push(`${nominee} – ${deliveryReason(t, d.lastError)}`);
  }
  // A comment conversation's DM goes to an anonymous commenter: naming them would undo the anonymity.
  const shownTarget = async (d: Delivery) =>
    d.payload.type === 'comment' ? t('deliveries.anonymousCommenter') : targetName(d.target);
  /** One line per kind of message, target and reason. */
  const lines = async (deliveries: Delivery[]) => {
    const out: string[] = [];
    for (const { sample, count } of groupByKindAndTarget(deliveries)) {
      const item = t('deliveries.item', {
        kind: t(`deliveries.kind.${sample.payload.type}`),
        target: await shownTarget(sample),
        count,
      });
      out.push(`${item} – ${deliveryReason(t, sample.lastError)}`);
    }
    return out;
  };
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

/** One line per kind of message, target and reason: a channel the bot left is one line, not fifty. */
function groupByKindAndTarget(failed: Delivery[]): { sample: Delivery; count: number }[] {
  const groups = new Map<string, { sample: Delivery; count: number }>();
  for (const d of failed) {
    const target = d.payload.type === 'comment' ? '' : `${d.target.platform}|${d.target.kind}|${d.target.id}`;
    const key = [d.payload.type, target, d.lastError].join('|');
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { sample: d, count: 1 });
  }
  return [...groups.values()];
}
