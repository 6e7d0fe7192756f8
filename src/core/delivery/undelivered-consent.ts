import type { CoreContext } from '../context.js';
import { knownName } from '../people.js';
import { type Delivery, parsePersonKey } from '../records.js';

/**
 * A nominee the bot could not ask (not reachable on the platform, the app not installed for them):
 * the nominator is told once, in a DM, so the nomination is not left waiting without anyone knowing.
 * Admins see the same failures in App Home and `/metrics`.
 */
export async function tellNominator(ctx: CoreContext, delivery: Delivery): Promise<void> {
  if (delivery.payload.type !== 'consent') return;
  const nomination = await ctx.store.content.getNomination(delivery.payload.nominationId);
  const nominator = nomination && parsePersonKey(nomination.nominatorKey);
  if (!nomination || !nominator) return;
  // Never the nominee's id: their name, or (a nominee picked by id and never met) a label.
  const nominee = knownName(
    nomination.nomineeKey ? await ctx.store.people.get(nomination.nomineeKey) : undefined,
  );
  const now = ctx.nowIso();
  await ctx.store.outbox.enqueue(
    {
      dedupeKey: `consent-undelivered:${nomination.id}`,
      target: { platform: nominator.platform, kind: 'dm', id: nominator.userId },
      payload: nominee
        ? { type: 'notice', textKey: 'nomination.consent.undelivered', params: { nominee } }
        : { type: 'notice', textKey: 'nomination.consent.undeliveredUnnamed' },
      notBefore: now,
    },
    now,
  );
}
