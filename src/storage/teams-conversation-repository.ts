import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Database } from './database.js';
import { createOrm } from './orm.js';
import { teamsActivities, teamsConversations } from './schema/index.js';

export type TeamsConversationType = (typeof teamsConversations.$inferSelect)['conversationType'];

export interface TeamsConversationRef {
  conversationId: string;
  conversationType: TeamsConversationType;
  tenantId: string | null;
  serviceUrl: string;
  botId: string;
  userAadObjectId: string | null;
  userId: string | null;
}

export interface StoredTeamsConversation extends TeamsConversationRef {
  removedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Teams-only storage (conversation references, handled activity ids); kept out of the core `Store`. */
export interface TeamsConversationRepository {
  /** Inserts or refreshes a reference; a conversation the bot was removed from becomes active again. */
  save(ref: TeamsConversationRef, now: string): void;
  get(conversationId: string): StoredTeamsConversation | undefined;
  /** The active personal chat with a person (by AAD object id). */
  personalChatOf(aadObjectId: string): StoredTeamsConversation | undefined;
  /** The newest active reference in a tenant (its service URL is used to open a new personal chat). */
  anyInTenant(tenantId: string | null): StoredTeamsConversation | undefined;
  markRemoved(conversationId: string, now: string): void;
  list(): StoredTeamsConversation[];
  /**
   * Remembers an activity id; false when it was seen before (then `previousResponse` holds what was
   * answered the first time).
   */
  rememberActivity(
    activityId: string,
    now: Date,
  ): { fresh: true } | { fresh: false; previousResponse: unknown };
  saveResponse(activityId: string, response: unknown): void;
  /** Forget activity ids older than `before`; returns rows removed. */
  pruneActivities(before: Date): number;
}

export function createTeamsConversationRepository(db: Database): TeamsConversationRepository {
  const orm = createOrm(db);
  const active = isNull(teamsConversations.removedAt);
  return {
    save(ref, now) {
      orm
        .insert(teamsConversations)
        .values({ ...ref, removedAt: null, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: teamsConversations.conversationId,
          set: {
            conversationType: ref.conversationType,
            tenantId: ref.tenantId,
            serviceUrl: ref.serviceUrl,
            botId: ref.botId,
            ...(ref.userAadObjectId ? { userAadObjectId: ref.userAadObjectId } : {}),
            ...(ref.userId ? { userId: ref.userId } : {}),
            removedAt: null,
            updatedAt: now,
          },
        })
        .run();
    },

    get: (conversationId) =>
      orm
        .select()
        .from(teamsConversations)
        .where(eq(teamsConversations.conversationId, conversationId))
        .get(),

    personalChatOf: (aadObjectId) =>
      orm
        .select()
        .from(teamsConversations)
        .where(
          and(
            eq(teamsConversations.userAadObjectId, aadObjectId),
            eq(teamsConversations.conversationType, 'personal'),
            active,
          ),
        )
        .orderBy(desc(teamsConversations.updatedAt))
        .get(),

    anyInTenant: (tenantId) =>
      orm
        .select()
        .from(teamsConversations)
        .where(tenantId ? and(eq(teamsConversations.tenantId, tenantId), active) : active)
        .orderBy(desc(teamsConversations.updatedAt))
        .get(),

    markRemoved(conversationId, now) {
      orm
        .update(teamsConversations)
        .set({ removedAt: now, updatedAt: now })
        .where(eq(teamsConversations.conversationId, conversationId))
        .run();
    },

    list: () => orm.select().from(teamsConversations).all(),

    rememberActivity(activityId, now) {
      const inserted = orm
        .insert(teamsActivities)
        .values({ activityId, receivedAt: now.toISOString(), receivedAtMs: now.getTime() })
        .onConflictDoNothing()
        .run();
      if (inserted.changes > 0) return { fresh: true };
      const row = orm.select().from(teamsActivities).where(eq(teamsActivities.activityId, activityId)).get();
      return { fresh: false, previousResponse: row?.response ?? null };
    },

    saveResponse(activityId, response) {
      orm
        .update(teamsActivities)
        .set({ response: response ?? null })
        .where(eq(teamsActivities.activityId, activityId))
        .run();
    },

    pruneActivities: (before) =>
      orm.delete(teamsActivities).where(lt(teamsActivities.receivedAtMs, before.getTime())).run().changes,
  };
}
