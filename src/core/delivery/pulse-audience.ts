import type { ChatGateway, Logger } from '../ports.js';
import type { Delivery } from '../records.js';

/**
 * The people a pulse post reached, asked of the platform as it is delivered and stored with it (the
 * response rate's denominator, see pulses/response-rate.ts). Null when the platform cannot tell or the
 * call fails: the rate then shows the count only, never a guess. Other posts have no audience.
 */
export async function deliveredAudience(
  gateway: ChatGateway,
  delivery: Delivery,
  logger: Logger,
): Promise<number | null> {
  if (delivery.payload.type !== 'pulse') return null;
  if (delivery.target.kind === 'dm') return 1;
  if (!gateway.countMembers) return null;
  try {
    return await gateway.countMembers(delivery.target);
  } catch (error) {
    logger.warn('channel members could not be counted; the response rate shows the count only', {
      id: delivery.id,
      platform: delivery.target.platform,
      code: (error as { code?: unknown }).code ?? (error instanceof Error ? error.message : String(error)),
    });
    return null;
  }
}
