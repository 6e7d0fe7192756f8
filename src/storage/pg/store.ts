import type { Store } from '../../core/ports.js';
import { createPgAggregateRepository } from './aggregate-repository.js';
import { createPgBridge, type PgBridge } from './bridge.js';
import { createPgCommentRepository } from './comment-repository.js';
import { createPgContentRepository } from './content-repository.js';
import { createPgDutyRepository } from './duty-repository.js';
import { createPgFeedRepository } from './feed-repository.js';
import { createPgKaffeRepository, createPgNextStepRepository } from './loop-repositories.js';
import { createPgOrm } from './orm.js';
import { createPgOutboxRepository } from './outbox-repository.js';
import { createPgPeopleRepository } from './people-repository.js';
import { createPgPulseRepository } from './pulse-repository.js';
import { createPgScheduleRepository } from './schedule-repository.js';
import {
  createPgAuditRepository,
  createPgInboundEventRepository,
  createPgPulseResultsRepository,
} from './small-repositories.js';
import { createPgTeamsConversationRepository } from './teams-conversation-repository.js';
import { createTransactions } from './transaction.js';

export type PgStore = Store & {
  /** The connection, for migrations, health checks and the tests' checks on what is stored. */
  bridge: PgBridge;
  close(): void;
};

/** The `Store` port over one PostgreSQL connection (migrated by the caller: `runPgMigrations`). */
export function createPgStore(url: string | PgBridge): PgStore {
  const bridge = typeof url === 'string' ? createPgBridge(url) : url;
  const orm = createPgOrm(bridge);
  const tx = createTransactions(bridge);
  const people = createPgPeopleRepository(orm);
  return {
    people,
    schedule: createPgScheduleRepository(orm),
    pulses: createPgPulseRepository(orm, bridge, people, tx),
    content: createPgContentRepository(orm, tx.transaction),
    outbox: createPgOutboxRepository(orm, bridge),
    feed: createPgFeedRepository(orm),
    inbound: createPgInboundEventRepository(orm),
    teamsConversations: createPgTeamsConversationRepository(orm),
    audit: createPgAuditRepository(orm),
    aggregates: createPgAggregateRepository(orm),
    results: createPgPulseResultsRepository(orm),
    nextSteps: createPgNextStepRepository(orm),
    kaffe: createPgKaffeRepository(orm, tx.transaction),
    duties: createPgDutyRepository(orm),
    comments: createPgCommentRepository(orm, bridge, tx.transaction),
    transaction: tx.transaction,
    bridge,
    close: () => bridge.close(),
  };
}
