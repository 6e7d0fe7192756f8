// Teams conversation references: what the core keeps to post proactively in Teams.
import type { TeamsConversationType } from './vocabulary.js';

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

/** Teams conversation references, for proactive posts: what the Teams adapter keeps through the core. */
export interface TeamsConversationBook {
  /** Inserts or refreshes a reference; a conversation the bot was removed from becomes active again. */
  save(ref: TeamsConversationRef, now: string): Promise<void>;
  get(conversationId: string): Promise<StoredTeamsConversation | undefined>;
  /** The active personal chat with a person (by AAD object id). */
  personalChatOf(aadObjectId: string): Promise<StoredTeamsConversation | undefined>;
  /** The newest active reference in a tenant (its service URL is used to open a new personal chat). */
  anyInTenant(tenantId: string | null): Promise<StoredTeamsConversation | undefined>;
  markRemoved(conversationId: string, now: string): Promise<void>;
  list(): Promise<StoredTeamsConversation[]>;
}

/** Teams conversation references (for proactive posts) and handled activity ids. */
export interface TeamsConversationRepository extends TeamsConversationBook {
  /**
   * Remembers an activity id; false when it was seen before (then `previousResponse` holds what was
   * answered the first time).
   */
  rememberActivity(
    activityId: string,
    now: Date,
  ): Promise<{ fresh: true } | { fresh: false; previousResponse: unknown }>;
  saveResponse(activityId: string, response: unknown): Promise<void>;
  /** Forget activity ids older than `before`; returns rows removed. */
  pruneActivities(before: Date): Promise<number>;
}
