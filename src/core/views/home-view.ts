import type { NominationService } from '../content/nomination-service.js';
import { recognitionWindow } from '../content/recognition-window.js';
import type { CoreContext } from '../context.js';
import type { HomeView } from '../core.js';
import { createDeliveryLines } from '../delivery/delivery-lines.js';
import type { DigestService } from '../digest/digest-service.js';
import { type Actor, knownName, type People } from '../people.js';
import { ownNominations } from '../personal-data.js';
import { personKey } from '../records.js';
import { localMonth, shiftMonth } from '../time.js';

const FAILED_LINES = 20;

/**
 * App Home for one person, as one read: what they shared, their nominations and whose consent request
 * failed, and for leads and admins the deliveries that failed for good. No write, no export.
 */
export function createHomeView(
  ctx: CoreContext,
  people: People,
  nominations: Pick<NominationService, 'awaitingRecognition'>,
  digests: Pick<DigestService, 'dashboardUrl'>,
) {
  const { store, settings } = ctx;

  /** The person's nominations whose consent request could not be delivered, with the reason. */
  async function undeliveredConsents(nominationIds: Set<string>) {
    return (await store.outbox.list({ status: 'failed', limit: 200 })).flatMap((d) =>
      d.payload.type === 'consent' && nominationIds.has(d.payload.nominationId)
        ? [{ nominationId: d.payload.nominationId, code: d.lastError ?? 'unknown' }]
        : [],
    );
  }

  return async function home(actor: Actor): Promise<HomeView | undefined> {
    const key = personKey(actor.platform, actor.userId);
    const person = await people.get(key);
    if (!person) return undefined;
    const locale = person.locale ?? settings.defaultLocale;
    const now = ctx.clock.now();
    const own = await ownNominations(store, key);
    // App Home is seen by this person alone: what of the pending list they may see is decided there.
    const pending = await nominations.awaitingRecognition(key, 'private', recognitionWindow(now));
    const awaiting = pending.access === 'shown' ? pending.nominations : undefined;
    const nominees = new Set(
      [...own, ...(awaiting ?? [])].flatMap((n) => (n.nomineeKey ? [n.nomineeKey] : [])),
    );
    const names = new Map<string, string>();
    for (const nominee of nominees) {
      const name = knownName(await people.get(nominee));
      if (name) names.set(nominee, name);
    }
    const undelivered = await undeliveredConsents(new Set(own.map((n) => n.id)));
    const failed = (await people.isLeadOrAdmin(key))
      ? await createDeliveryLines(ctx, locale).lines(
          await store.outbox.list({ status: 'failed', limit: FAILED_LINES }),
        )
      : undefined;
    return {
      person,
      locale,
      timeZone: settings.timezone,
      // A lead's own signed link (last month, any month from there, while they are a lead).
      dashboardUrl: digests.dashboardUrl(shiftMonth(localMonth(now, settings.timezone), -1), key),
      stories: await store.content.storiesBy(key),
      nominations: own,
      names,
      ...(undelivered.length > 0 ? { undelivered } : {}),
      ...(awaiting ? { awaiting } : {}),
      ...(failed ? { failed } : {}),
    };
  };
}
