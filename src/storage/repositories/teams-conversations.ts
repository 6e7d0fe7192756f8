import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { TeamsConversationRef } from '../../core/teams-ports.js';
import { changed, type Kit } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

type Conversations = Kit['t']['teamsConversations'];

/** On conflict, what a refresh overwrites: it keeps the stored user ids when the activity carries none. */
function refreshed(ref: TeamsConversationRef): Partial<Record<keyof Conversations['$inferInsert'], SQL>> {
  const set: Partial<Record<keyof Conversations['$inferInsert'], SQL>> = {
    conversationType: sql`excluded.conversation_type`,
    tenantId: sql`excluded.tenant_id`,
    serviceUrl: sql`excluded.service_url`,
    botId: sql`excluded.bot_id`,
  };
  if (ref.userAadObjectId) set.userAadObjectId = sql`excluded.user_aad_object_id`;
  if (ref.userId) set.userId = sql`excluded.user_id`;
  set.removedAt = sql`NULL`;
  set.updatedAt = sql`excluded.updated_at`;
  return set;
}

export function teamsConversationRepository({ db, t }: Kit): InnerRepositories['teamsConversations'] {
  const { teamsActivities, teamsConversations } = t;
  const active = isNull(teamsConversations.removedAt);
  const newest = async (where: SQL | undefined) => {
    const [row] = await db
      .select()
      .from(teamsConversations)
      .where(where)
      .orderBy(desc(teamsConversations.updatedAt))
      .limit(1);
    return row;
  };

  return {
    // Every inbound activity saves its conversation.
    async save(ref, now) {
      await db
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
        .onConflictDoUpdate({ target: teamsConversations.conversationId, set: refreshed(ref) });
    },

    async get(conversationId) {
      const [row] = await db
        .select()
        .from(teamsConversations)
        .where(eq(teamsConversations.conversationId, conversationId));
      return row;
    },

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

    async markRemoved(conversationId, now) {
      await db
        .update(teamsConversations)
        .set({ removedAt: now, updatedAt: now })
        .where(eq(teamsConversations.conversationId, conversationId));
    },

    list: async () => db.select().from(teamsConversations),

    async rememberActivity(activityId, now) {
      const inserted = await db
        .insert(teamsActivities)
        .values({ activityId, receivedAt: now.toISOString(), receivedAtMs: now.getTime() })
        .onConflictDoNothing();
      if (changed(inserted) > 0) return { fresh: true };
      const [row] = await db.select().from(teamsActivities).where(eq(teamsActivities.activityId, activityId));
      return { fresh: false, previousResponse: row?.response ?? null };
    },

    async saveResponse(activityId, response) {
      await db
        .update(teamsActivities)
        .set({ response: response ?? null })
        .where(eq(teamsActivities.activityId, activityId));
    },

    async pruneActivities(before) {
      return changed(
        await db.delete(teamsActivities).where(lt(teamsActivities.receivedAtMs, before.getTime())),
      );
    },
  };
}
