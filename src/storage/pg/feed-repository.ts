import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { FeedEntry, FeedRepository } from '../../core/ports.js';
import { withTarget } from '../shared-rows.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { feedEntries } from './schema/index.js';

const toFeedEntry = (row: typeof feedEntries.$inferSelect): FeedEntry => withTarget(row);

export function createPgFeedRepository(orm: PgOrm): FeedRepository {
  return {
    append(target, idempotencyKey, message, at) {
      run(
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
          .onConflictDoNothing({ target: feedEntries.idempotencyKey }),
      );
      const row = first(orm.select().from(feedEntries).where(eq(feedEntries.idempotencyKey, idempotencyKey)));
      if (!row) throw new Error(`Feed entry ${idempotencyKey} vanished after insert`);
      return toFeedEntry(row);
    },

    list(filter) {
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
      const rows = filter.limit !== undefined ? run(query.limit(filter.limit)) : run(query);
      return rows.reverse().map(toFeedEntry);
    },

    replace: (id, message) =>
      changes(orm.update(feedEntries).set({ message }).where(eq(feedEntries.id, id))) > 0,
  };
}
