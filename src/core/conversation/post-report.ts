import { setTimeout as delay } from 'node:timers/promises';
import type { CoreContext } from '../context.js';
import { createDeliveryLines, deliveryReason, reasonOf } from '../delivery/delivery-lines.js';
import type { Store } from '../ports.js';
import type { Delivery } from '../records.js';
import type { Locale } from '../vocabulary.js';

/**
 * How long `post` waits for its own deliveries before it answers. A platform that has refused the
 * target before answers at once (Teams remembers a 403 as "removed"; Slack says not_in_channel in one
 * call), so "on its way" is not said of a post that cannot arrive. Short: the answer must stay inside
 * the storage guard's two seconds and Slack's three-second acknowledgement.
 */
export const POST_REPORT_MS = 1_000;
const LOOK_EVERY_MS = 50;

type Post = Pick<Delivery, 'target' | 'status' | 'messageRef' | 'lastError'>;

/** Refused for good, or refused once and waiting to be tried again. */
const failed = (post: Post) => post.status === 'failed';
const retrying = (post: Post) => !failed(post) && post.status !== 'sent' && post.lastError !== null;

/** The posts under `key` once none is still on its first try, or as they are when the time is up. */
async function settledPosts(store: Pick<Store, 'outbox'>, key: string, budgetMs: number): Promise<Post[]> {
  const until = Date.now() + budgetMs;
  for (;;) {
    const posts = await store.outbox.postsOf(key);
    const underWay = posts.some(
      (p) => (p.status === 'pending' || p.status === 'sending') && p.lastError === null,
    );
    if (!underWay || Date.now() >= until) return posts;
    await delay(LOOK_EVERY_MS);
  }
}

/**
 * What a lead is told after `post`: on its way, or, for each channel the platform refused, that it did
 * not arrive and why (the same reasons `deliveries` gives), and what to do about a removed bot.
 */
export async function postReport(
  ctx: CoreContext,
  locale: Locale,
  outcome: { key: string },
  onItsWay: string,
  budgetMs = POST_REPORT_MS,
): Promise<string> {
  const posts = await settledPosts(ctx.store, outcome.key, budgetMs);
  const refused = posts.filter(failed);
  const again = posts.filter(retrying);
  if (refused.length === 0 && again.length === 0) return onItsWay;
  const { t, targetName } = createDeliveryLines(ctx, locale);
  const lines = async (some: Post[]) =>
    (
      await Promise.all(
        some.map(async (p) => `• ${await targetName(p.target)} – ${deliveryReason(t, p.lastError)}`),
      )
    ).join('\n');
  const rest = posts.length - refused.length - again.length;
  const removed = [...refused, ...again].some((p) => reasonOf(p.lastError) === 'removed');
  return [
    ...(refused.length > 0
      ? [`${t('chat.post.notDelivered', { count: refused.length })}\n${await lines(refused)}`]
      : []),
    ...(again.length > 0
      ? [`${t('chat.post.retrying', { count: again.length })}\n${await lines(again)}`]
      : []),
    ...(rest > 0 ? [t('chat.post.othersOnTheWay', { count: rest })] : []),
    ...(removed ? [t('chat.post.addBack')] : []),
  ].join('\n\n');
}
