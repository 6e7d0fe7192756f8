import type { Message } from '../message.js';
import type { ChatGateway, SendResult, Store } from '../ports.js';
import type { Delivery, DeliveryPayload } from '../records.js';
import { targetKey } from '../records.js';

type UpdatePayload = Extract<DeliveryPayload, { type: 'pulseClosed' }>;

/** Deliveries that replace an earlier post instead of posting a new one. */
export function isUpdate(payload: DeliveryPayload): payload is UpdatePayload {
  return payload.type === 'pulseClosed';
}

/**
 * Replaces the post queued under the payload's `postKey` for the same target. An update is
 * idempotent, so one in doubt is made again rather than looked up. A post still on its way is waited
 * for (retried); one that failed or left no reference has nothing to update.
 */
export async function updatePost(
  store: Store,
  gateway: ChatGateway,
  delivery: Delivery,
  message: Message,
): Promise<SendResult> {
  if (!isUpdate(delivery.payload)) return { ok: false, permanent: true, code: 'not_an_update' };
  if (!gateway.update) return { ok: false, permanent: true, code: 'update_unsupported' };
  const key = targetKey(delivery.target);
  const post = (await store.outbox.postsOf(delivery.payload.postKey)).find(
    (p) => targetKey(p.target) === key,
  );
  if (!post || post.status === 'failed') return { ok: false, permanent: true, code: 'nothing_to_update' };
  if (post.status !== 'sent') return { ok: false, permanent: false, code: 'post_not_sent' };
  if (!post.messageRef) return { ok: false, permanent: true, code: 'no_message_ref' };
  // "The results are out" waits for the results post, so the update can link to it.
  const { resultsKey } = delivery.payload;
  const results =
    resultsKey && (await store.outbox.postsOf(resultsKey)).find((p) => targetKey(p.target) === key);
  if (results && results.status !== 'sent' && results.status !== 'failed')
    return { ok: false, permanent: false, code: 'results_not_sent' };
  return gateway.update(delivery.target, post.messageRef, message);
}
