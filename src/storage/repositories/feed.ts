import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { FeedEntry, FeedRepository } from '../../core/ports.js';
import { anyChanged, type Kit } from '../kit.js';
import { withTarget } from '../shared-rows.js';

const toFeedEntry = (row: Kit['t']['feedEntries']['$inferSelect']): FeedEntry => withTarget(row);

export function feedRepository({ db, t }: Kit): FeedRepository {
  const { feedEntries } = t;
  return {
    async append(target, idempotencyKey, message, at) {
      await db
        .insert(feedEntries)
        .values({
          targetPlatform: target.platform,
          targetKind: target.kind,
          targetId: target.id,
          idempotencyKey,
          message,
          createdAt: at,
        })
        .onConflictDoNothing({ target: feedEntries.idempotencyKey });
      const [row] = await db.select().from(feedEntries).where(eq(feedEntries.idempotencyKey, idempotencyKey));
      if (!row) throw new Error(`Feed entry ${idempotencyKey} vanished after insert`);
      return toFeedEntry(row);
    },

    /** The channel's entries and/or the person's direct messages: the latest `limit`, oldest first. */
    async list(filter) {
      const scopes: SQL[] = [];
      if (filter.channel !== undefined) {
        scopes.push(
          and(eq(feedEntries.targetKind, 'channel'), eq(feedEntries.targetId, filter.channel)) as SQL,
        );
      }
      if (filter.dmUser !== undefined) {
        scopes.push(and(eq(feedEntries.targetKind, 'dm'), eq(feedEntries.targetId, filter.dmUser)) as SQL);
      }
      const query = db
        .select()
        .from(feedEntries)
        .where(or(...scopes))
        .orderBy(desc(feedEntries.id));
      const rows = await (filter.limit !== undefined ? query.limit(filter.limit) : query);
      return rows.reverse().map(toFeedEntry);
    },

    replace: (id, message) =>
      anyChanged(db.update(feedEntries).set({ message }).where(eq(feedEntries.id, id))),
  };
}
