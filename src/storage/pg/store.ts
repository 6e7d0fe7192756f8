import type { Store } from '../../core/ports.js';
import type { InnerStore } from '../sealed/inner-store.js';
import { sealStore } from '../sealed/sealed-store.js';
import { createSealer } from '../sealed/sealer.js';
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

// A lock another session holds is waited for as long as SQLite's busy_timeout, then "try again"
// (55P03). The store is synchronous: the wait freezes every request of this replica, and without it
// only the 30 s statement timeout would end it. An explicit `lock_timeout` in the URL wins.
const LOCK_TIMEOUT_MS = 5_000;

export function withLockTimeout(url: string): string {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options') ?? '';
  if (parsed.searchParams.has('lock_timeout') || options.includes('lock_timeout')) return url;
  parsed.searchParams.set('lock_timeout', String(LOCK_TIMEOUT_MS));
  return parsed.toString();
}

/** The `Store` port over one PostgreSQL connection (migrated by the caller: `runPgMigrations`), sealed with the secret. */
export function createPgStore(url: string | PgBridge, secret: string): PgStore {
  const bridge = typeof url === 'string' ? createPgBridge(withLockTimeout(url)) : url;
  const inner = createInnerStore(bridge);
  return { ...sealStore(inner, createSealer(secret)), bridge, close: () => bridge.close() };
}

function createInnerStore(bridge: PgBridge): InnerStore {
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
  };
}
