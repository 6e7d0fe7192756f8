import { type AnyColumn, and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { changed, first, type Kit, p, placeholders, rowsChanged, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

/**
 * Every inbound activity saves its conversation and remembers its id: these statements are built
 * once (see prepared.ts).
 */
function activityStatements({ db, t, prepared }: Kit) {
  const { teamsActivities, teamsConversations } = t;
  // A refresh keeps the stored user ids when the activity carries none.
  const kept = (column: AnyColumn) =>
    sql`coalesce(nullif(excluded.${sql.identifier(column.name)}, ''), ${column})`;
  return {
    save: prepared(() =>
      db
        .insert(teamsConversations)
        .values({
          ...placeholders('conversationId conversationType tenantId serviceUrl botId userAadObjectId userId'),
          removedAt: null,
          createdAt: p('now'),
          updatedAt: p('now'),
        })
        .onConflictDoUpdate({
          target: teamsConversations.conversationId,
          set: {
            conversationType: sql`excluded.conversation_type`,
            tenantId: sql`excluded.tenant_id`,
            serviceUrl: sql`excluded.service_url`,
            botId: sql`excluded.bot_id`,
            userAadObjectId: kept(teamsConversations.userAadObjectId),
            userId: kept(teamsConversations.userId),
            removedAt: sql`NULL`,
            updatedAt: sql`excluded.updated_at`,
          },
        }),
    ),
    insertActivity: prepared(() =>
      db
        .insert(teamsActivities)
        .values(placeholders('activityId receivedAt receivedAtMs'))
        .onConflictDoNothing(),
    ),
    activityById: prepared(() =>
      db
        .select()
        .from(teamsActivities)
        .where(eq(teamsActivities.activityId, p('activityId'))),
    ),
  };
}

export function teamsConversationRepository(kit: Kit): InnerRepositories['teamsConversations'] {
  const { db, t } = kit;
  const { teamsActivities, teamsConversations } = t;
  const statements = activityStatements(kit);
  const active = isNull(teamsConversations.removedAt);
  const newest = (where: SQL | undefined) =>
    first(
      db.select().from(teamsConversations).where(where).orderBy(desc(teamsConversations.updatedAt)).limit(1),
    );

  return {
    save: (ref, now) =>
      run(
        statements.save({
          conversationId: ref.conversationId,
          conversationType: ref.conversationType,
          tenantId: ref.tenantId ?? null,
          serviceUrl: ref.serviceUrl,
          botId: ref.botId,
          userAadObjectId: ref.userAadObjectId ?? null,
          userId: ref.userId ?? null,
          now,
        }),
      ),

    get: (conversationId) =>
      first(
        db.select().from(teamsConversations).where(eq(teamsConversations.conversationId, conversationId)),
      ),

    personalChatOf: (aadObjectId) =>
      newest(
        and(
          eq(teamsConversations.userAadObjectId, aadObjectId),
          eq(teamsConversations.conversationType, 'personal'),
          active,
        ),
      ),

    anyInTenant: (tenantId) =>
      newest(tenantId ? and(eq(teamsConversations.tenantId, tenantId), active) : active),

    markRemoved: (conversationId, now) =>
      run(
        db
          .update(teamsConversations)
          .set({ removedAt: now, updatedAt: now })
          .where(eq(teamsConversations.conversationId, conversationId)),
      ),

    list: async () => db.select().from(teamsConversations),

    async rememberActivity(activityId, now) {
      const inserted = await statements.insertActivity({
        activityId,
        receivedAt: now.toISOString(),
        receivedAtMs: now.getTime(),
      });
      if (changed(inserted) > 0) return { fresh: true };
      const [row] = await statements.activityById({ activityId });
      return { fresh: false, previousResponse: row?.response ?? null };
    },

    saveResponse: (activityId, response) =>
      run(
        db
          .update(teamsActivities)
          .set({ response: response ?? null })
          .where(eq(teamsActivities.activityId, activityId)),
      ),

    pruneActivities: (before) =>
      rowsChanged(db.delete(teamsActivities).where(lt(teamsActivities.receivedAtMs, before.getTime()))),
  };
}
