import type { Store } from '../core/ports.js';
import { createAggregateRepository } from './aggregate-repository.js';
import { createAuditRepository } from './audit-repository.js';
import { createCommentRepository } from './comment-repository.js';
import { createContentRepository } from './content-repository.js';
import type { Database } from './database.js';
import { createDutyRepository } from './duty-repository.js';
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
import type { InnerStore } from './sealed/inner-store.js';
import { sealStore } from './sealed/sealed-store.js';
import { createSealer } from './sealed/sealer.js';
import { createTeamsConversationRepository } from './teams-conversation-repository.js';

/**
 * The `Store` port over one better-sqlite3 connection (opened and migrated by the caller). The secret
 * seals every value that names a person before it reaches the database.
 */
export function createSqliteStore(db: Database, secret: string): Store {
  return sealStore(createInnerStore(db), createSealer(secret));
}

/** The store below the sealing layer (what the dialect writes); for measuring the sealing's cost only. */
export function createInnerStore(db: Database): InnerStore {
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
    duties: createDutyRepository(orm),
    transaction: <T>(fn: () => T): T => immediate(db, fn),
  };
}
