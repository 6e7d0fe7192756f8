import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { TeamsConversationRepository } from '../../core/ports.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { teamsActivities, teamsConversations } from './schema/index.js';

export function createPgTeamsConversationRepository(orm: PgOrm): TeamsConversationRepository {
  const active = isNull(teamsConversations.removedAt);
  const newest = (where: SQL | undefined) =>
    first(
      orm.select().from(teamsConversations).where(where).orderBy(desc(teamsConversations.updatedAt)).limit(1),
    );

  return {
    save(ref, now) {
      // A refresh keeps the stored user ids when the activity carries none.
      const set: Partial<Record<keyof typeof teamsConversations.$inferInsert, SQL>> = {
        conversationType: sql`excluded.conversation_type`,
        tenantId: sql`excluded.tenant_id`,
        serviceUrl: sql`excluded.service_url`,
        botId: sql`excluded.bot_id`,
      };
      if (ref.userAadObjectId) set.userAadObjectId = sql`excluded.user_aad_object_id`;
      if (ref.userId) set.userId = sql`excluded.user_id`;
      set.removedAt = sql`NULL`;
      set.updatedAt = sql`excluded.updated_at`;
      run(
        orm
          .insert(teamsConversations)
          .values({
            conversationId: ref.conversationId,
            conversationType: ref.conversationType,
            tenantId: ref.tenantId ?? null,
            serviceUrl: ref.serviceUrl,
            botId: ref.botId,
            userAadObjectId: ref.userAadObjectId ?? null,
            userId: ref.userId ?? null,
            removedAt: null,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoUpdate({ target: teamsConversations.conversationId, set }),
      );
    },

    get: (conversationId) =>
      first(
        orm.select().from(teamsConversations).where(eq(teamsConversations.conversationId, conversationId)),
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

    markRemoved(conversationId, now) {
      run(
        orm
          .update(teamsConversations)
          .set({ removedAt: now, updatedAt: now })
          .where(eq(teamsConversations.conversationId, conversationId)),
      );
    },

    list: () => run(orm.select().from(teamsConversations)),

    rememberActivity(activityId, now) {
      const inserted = changes(
        orm
          .insert(teamsActivities)
          .values({ activityId, receivedAt: now.toISOString(), receivedAtMs: now.getTime() })
          .onConflictDoNothing(),
      );
      if (inserted > 0) return { fresh: true };
      const row = first(orm.select().from(teamsActivities).where(eq(teamsActivities.activityId, activityId)));
      return { fresh: false, previousResponse: row?.response ?? null };
    },

    saveResponse(activityId, response) {
      run(
        orm
          .update(teamsActivities)
          .set({ response: response ?? null })
          .where(eq(teamsActivities.activityId, activityId)),
      );
    },

    pruneActivities: (before) =>
      changes(orm.delete(teamsActivities).where(lt(teamsActivities.receivedAtMs, before.getTime()))),
  };
}
