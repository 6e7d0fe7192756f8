import { and, desc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { TeamsConversationRef } from '../../core/teams-ports.js';
import { changed, first, type Kit } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

type Conversations = Kit['t']['teamsConversations'];

const p = (name: string) => sql.placeholder(name);

/** On conflict, what a refresh overwrites: it keeps the stored user ids when the activity carries none. */
function refreshed(withAad: boolean, withUser: boolean) {
  const set: Partial<Record<keyof Conversations['$inferInsert'], SQL>> = {
    conversationType: sql`excluded.conversation_type`,
    tenantId: sql`excluded.tenant_id`,
    serviceUrl: sql`excluded.service_url`,
    botId: sql`excluded.bot_id`,
  };
  if (withAad) set.userAadObjectId = sql`excluded.user_aad_object_id`;
  if (withUser) set.userId = sql`excluded.user_id`;
  set.removedAt = sql`NULL`;
  set.updatedAt = sql`excluded.updated_at`;
  return set;
}

/**
 * Every inbound activity saves its conversation and remembers its id: these statements are built
 * once (see prepared.ts). Which user ids a refresh overwrites makes one statement per case.
 */
function activityStatements({ db, t, prepared }: Kit) {
  const { teamsActivities, teamsConversations } = t;
  const saves = new Map<string, ReturnType<typeof save>>();
  const save = (withAad: boolean, withUser: boolean) =>
    prepared(() =>
      db
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
        .onConflictDoUpdate({ target: teamsConversations.conversationId, set: refreshed(withAad, withUser) }),
    );
  return {
    save(ref: TeamsConversationRef) {
      const withAad = Boolean(ref.userAadObjectId);
      const withUser = Boolean(ref.userId);
      const variant = `${withAad}|${withUser}`;
      let statement = saves.get(variant);
      if (!statement) {
        statement = save(withAad, withUser);
        saves.set(variant, statement);
      }
      return statement;
    },
    insertActivity: prepared(() =>
      db
        .insert(teamsActivities)
        .values({ activityId: p('activityId'), receivedAt: p('receivedAt'), receivedAtMs: p('receivedAtMs') })
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
    async save(ref, now) {
      await statements.save(ref)({
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

    async markRemoved(conversationId, now) {
      await db
        .update(teamsConversations)
        .set({ removedAt: now, updatedAt: now })
        .where(eq(teamsConversations.conversationId, conversationId));
    },

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
