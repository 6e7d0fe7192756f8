import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Message } from '../core/message.js';
import type { FeedEntry, FeedRepository } from '../core/ports.js';
import type { Target } from '../core/records.js';
import type { Orm } from './orm.js';
import { feedEntries } from './schema/index.js';
import { withTarget } from './shared-rows.js';

const toFeedEntry = (row: typeof feedEntries.$inferSelect): FeedEntry => withTarget(row);

export function createFeedRepository(orm: Orm): FeedRepository {
  return {
    append(target: Target, idempotencyKey: string, message: Message, at: string): FeedEntry {
      orm
        .insert(feedEntries)
        .values({
          targetPlatform: target.platform,
          targetKind: target.kind,
          targetId: target.id,
          idempotencyKey,
          message,
          createdAt: at,
        })
        .onConflictDoNothing({ target: feedEntries.idempotencyKey })
        .run();
      const row = orm.select().from(feedEntries).where(eq(feedEntries.idempotencyKey, idempotencyKey)).get();
      if (!row) throw new Error(`Feed entry ${idempotencyKey} vanished after insert`);
      return toFeedEntry(row);
    },

    /** The channel's entries and/or the person's direct messages: the latest `limit`, oldest first. */
    list(filter: { channel?: string; dmUser?: string; limit?: number }): FeedEntry[] {
      const scopes: SQL[] = [];
      if (filter.channel !== undefined) {
        scopes.push(
          and(eq(feedEntries.targetKind, 'channel'), eq(feedEntries.targetId, filter.channel)) as SQL,
        );
      }
      if (filter.dmUser !== undefined) {
        scopes.push(and(eq(feedEntries.targetKind, 'dm'), eq(feedEntries.targetId, filter.dmUser)) as SQL);
      }
      const query = orm
        .select()
        .from(feedEntries)
        .where(or(...scopes))
        .orderBy(desc(feedEntries.id));
      const rows = (filter.limit !== undefined ? query.limit(filter.limit) : query).all();
      return rows.reverse().map(toFeedEntry);
    },

    replace(id: number, message: Message): boolean {
      return orm.update(feedEntries).set({ message }).where(eq(feedEntries.id, id)).run().changes > 0;
    },
  };
}
