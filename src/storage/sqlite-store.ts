import type { Store } from '../core/ports.js';
import { createAggregateRepository } from './aggregate-repository.js';
import { createAuditRepository } from './audit-repository.js';
import { createCommentRepository } from './comment-repository.js';
import { createContentRepository } from './content-repository.js';
import type { Database } from './database.js';
import { createFeedRepository } from './feed-repository.js';
import { createInboundEventRepository } from './inbound-event-repository.js';
import { createKaffeRepository } from './kaffe-repository.js';
import { createNextStepRepository } from './next-step-repository.js';
import { createOrm, immediate } from './orm.js';
import { createOutboxRepository } from './outbox-repository.js';
import { createPeopleRepository } from './people-repository.js';
import { createPulseRepository } from './pulse-repository.js';
import { createPulseResultsRepository } from './pulse-results-repository.js';
import { createScheduleRepository } from './schedule-repository.js';
import { createTeamsConversationRepository } from './teams-conversation-repository.js';

/** The `Store` port over one better-sqlite3 connection (opened and migrated by the caller). */
export function createSqliteStore(db: Database): Store {
  const orm = createOrm(db);
  const people = createPeopleRepository(orm);
  return {
    people,
    schedule: createScheduleRepository(orm),
    pulses: createPulseRepository(orm, db, people),
    content: createContentRepository(orm, db),
    outbox: createOutboxRepository(orm, db),
    feed: createFeedRepository(orm),
    inbound: createInboundEventRepository(orm),
    teamsConversations: createTeamsConversationRepository(db),
    audit: createAuditRepository(orm),
    aggregates: createAggregateRepository(orm),
    results: createPulseResultsRepository(orm),
    nextSteps: createNextStepRepository(orm),
    kaffe: createKaffeRepository(orm, db),
    comments: createCommentRepository(orm, db),
    transaction: <T>(fn: () => T): T => immediate(db, fn),
  };
}
