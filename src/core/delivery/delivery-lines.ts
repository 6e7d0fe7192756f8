import type { CoreContext } from '../context.js';
import { formatList, type Translator, translator } from '../i18n/translate.js';
import { knownName } from '../people.js';
import { type Delivery, personKey, type Target, targetKey } from '../records.js';
import type { Locale } from '../vocabulary.js';

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
  // Kulturpuls' own: an update waits for the post it changes (or links to) to be sent first.
  post_not_sent: 'waiting',
  results_not_sent: 'waiting',
  nothing_to_update: 'nothingToUpdate',
  no_message_ref: 'nothingToUpdate',
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
  | 'rateLimited'
  | 'waiting'
  | 'nothingToUpdate';

/** What a platform's error code means, when it is one Kulturpuls knows. */
export function reasonOf(code: string | null): DeliveryReason | undefined {
  // `no_gateway:<platform>`: a post for a platform this installation has not turned on.
  return code?.startsWith('no_gateway:') ? 'platformOff' : code ? REASONS[code] : undefined;
}

export function deliveryReason(t: Translator, code: string | null): string {
  const reason = reasonOf(code);
  return reason ? t(`deliveries.reason.${reason}`) : t('deliveries.reason.other', { code: code ?? '?' });
}

/**
 * Where a delivery went, in words an admin reads: a person by name, a channel by what is posted there
 * and on which platform. Never an id: nothing names a channel (Teams tells the bot no channel names,
 * and none are stored), so the schedules that post to it say which one it is.
 */
export function createDeliveryLines(ctx: CoreContext, locale: Locale) {
  const { store, settings } = ctx;
  const t = translator(locale);

  const nameOf = async (key: string) => knownName(await store.people.get(key)) ?? t('deliveries.unknownName');

  function channelName(target: Target): string {
    const platform = t(`deliveries.platform.${target.platform}`);
    const kinds = new Set(
      settings.schedules
        .filter((s) => s.targets.some((posted) => targetKey(posted) === targetKey(target)))
        .map((s) => s.kind),
    );
    if (kinds.size === 0) return t('deliveries.channel', { platform });
    const what = formatList(
      locale,
      [...kinds].map((kind) => t(`schedule.for.${kind}`)),
    );
    return t('deliveries.channelFor', { what, platform });
  }

  const targetName = (target: Target) =>
    target.kind === 'dm'
      ? nameOf(personKey(target.platform, target.id))
      : Promise.resolve(channelName(target));

  // A comment conversation's DM goes to an anonymous commenter: naming them would undo the anonymity.
  const shownTarget = (d: Delivery) =>
    d.payload.type === 'comment' ? Promise.resolve(t('deliveries.anonymousCommenter')) : targetName(d.target);

  return {
    t,
    nameOf,
    targetName,
    /** One line per kind of message, target and reason: a channel the bot left is one line, not fifty. */
    async lines(deliveries: Delivery[]): Promise<string[]> {
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
    },
  };
}

function groupByKindAndTarget(failed: Delivery[]): { sample: Delivery; count: number }[] {
  const groups = new Map<string, { sample: Delivery; count: number }>();
  for (const d of failed) {
    const target = d.payload.type === 'comment' ? '' : targetKey(d.target);
    const key = [d.payload.type, target, d.lastError].join('|');
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { sample: d, count: 1 });
  }
  return [...groups.values()];
}
