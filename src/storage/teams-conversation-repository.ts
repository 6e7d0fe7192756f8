import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { TeamsConversationRepository } from '../core/ports.js';
import type { Database } from './database.js';
import { createOrm } from './orm.js';
import { teamsActivities, teamsConversations } from './schema/index.js';

const p = (name: string) => sql.placeholder(name);

export function createTeamsConversationRepository(db: Database): TeamsConversationRepository {
  const orm = createOrm(db);
  const active = isNull(teamsConversations.removedAt);

  // Every inbound activity saves its conversation and remembers its id: prepared once. A refresh
  // keeps the stored user ids when the activity carries none, so there is one statement per case.
  const saves = new Map<string, ReturnType<typeof prepareSave>>();
  function prepareSave(withAad: boolean, withUser: boolean) {
    const set: Partial<Record<keyof typeof teamsConversations.$inferInsert, SQL>> = {
      conversationType: sql`excluded.conversation_type`,
      tenantId: sql`excluded.tenant_id`,
      serviceUrl: sql`excluded.service_url`,
      botId: sql`excluded.bot_id`,
    };
    if (withAad) set.userAadObjectId = sql`excluded.user_aad_object_id`;
    if (withUser) set.userId = sql`excluded.user_id`;
    set.removedAt = sql`NULL`;
    set.updatedAt = sql`excluded.updated_at`;
    return orm
      .insert(teamsConversations)
      .values({
        conversationId: p('conversationId'),
        conversationType: p('conversationType'),
        tenantId: p('tenantId'),
        serviceUrl: p('serviceUrl'),
        botId: p('botId'),
        userAadObjectId: p('userAadObjectId'),
        userId: p('userId'),
        removedAt: null,
        createdAt: p('now'),
        updatedAt: p('now'),
      })
      .onConflictDoUpdate({ target: teamsConversations.conversationId, set })
      .prepare();
  }
  const insertActivity = orm
    .insert(teamsActivities)
    .values({ activityId: p('activityId'), receivedAt: p('receivedAt'), receivedAtMs: p('receivedAtMs') })
    .onConflictDoNothing()
    .prepare();
  const activityById = orm
    .select()
    .from(teamsActivities)
    .where(eq(teamsActivities.activityId, p('activityId')))
    .prepare();

  return {
    save(ref, now) {
      const variant = `${Boolean(ref.userAadObjectId)}|${Boolean(ref.userId)}`;
      let statement = saves.get(variant);
      if (!statement) {
        statement = prepareSave(Boolean(ref.userAadObjectId), Boolean(ref.userId));
        saves.set(variant, statement);
      }
      statement.run({
        conversationId: ref.conversationId,
        conversationType: ref.conversationType,
        tenantId: ref.tenantId ?? null,
        serviceUrl: ref.serviceUrl,
        botId: ref.botId,
        userAadObjectId: ref.userAadObjectId ?? null,
        userId: ref.userId ?? null,
        now,
      });
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
      const inserted = insertActivity.run({
        activityId,
        receivedAt: now.toISOString(),
        receivedAtMs: now.getTime(),
      });
      if (inserted.changes > 0) return { fresh: true };
      const row = activityById.get({ activityId });
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
