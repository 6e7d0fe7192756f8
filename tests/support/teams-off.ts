import type { Store } from '../../src/core/ports.js';

export const OFF_CHANNEL = '19:old@thread.tacv2';

/**
 * Queues a notice to a Teams channel in an installation without Teams: the outbox fails it for good
 * (`no_gateway:teams`) on its next run, a failed delivery of a known kind, target and reason.
 */
export async function queueForTeamsWhileOff(
  store: Store,
  now: string,
  dedupeKey = 'notice:teams-off',
): Promise<void> {
  await store.outbox.enqueue(
    {
      dedupeKey,
      target: { platform: 'teams', kind: 'channel', id: OFF_CHANNEL },
      payload: { type: 'notice', textKey: 'pause.off' },
      notBefore: now,
    },
    now,
  );
}
