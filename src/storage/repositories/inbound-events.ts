import { eq, lt } from 'drizzle-orm';
import type { InboundEventRepository } from '../../core/ports.js';
import { changed, type Kit } from '../kit.js';

/** Checked on every Slack event and view submission: one short statement each. */
export function inboundEventRepository({ db, t }: Kit): InboundEventRepository {
  const { inboundEvents } = t;
  return {
    async remember(key, at) {
      return (
        changed(await db.insert(inboundEvents).values({ key, receivedAt: at }).onConflictDoNothing()) > 0
      );
    },
    async seen(key) {
      const rows = await db
        .select({ key: inboundEvents.key })
        .from(inboundEvents)
        .where(eq(inboundEvents.key, key));
      return rows.length > 0;
    },
    async forget(key) {
      await db.delete(inboundEvents).where(eq(inboundEvents.key, key));
    },
    async pruneBefore(before) {
      return changed(await db.delete(inboundEvents).where(lt(inboundEvents.receivedAt, before)));
    },
  };
}
