import type { Digest } from '../digest/digest.js';
import type { DigestService } from '../digest/digest-service.js';
import { CHANNEL_READER, visibleNominations } from '../privacy/visibility.js';

/**
 * Who reads a month's dashboard: a channel (its digest link can be opened by anyone there) or a
 * lead (their own link, or the local demo where everyone is one).
 */
export type DashboardReader = 'channel' | 'lead';

/** The month's digest as its reader may see it: a channel only what may be seen there. */
export function createDashboardView(digests: Pick<DigestService, 'forMonth'>) {
  return async function dashboard(month: string, reader: DashboardReader): Promise<Digest> {
    const digest = await digests.forMonth(month);
    if (reader === 'lead') return digest;
    return { ...digest, nominations: visibleNominations(digest.nominations, CHANNEL_READER, 'shared') };
  };
}
