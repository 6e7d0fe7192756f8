import type { Kit } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';
import { aggregateRepository } from './aggregates.js';
import { auditRepository } from './audit.js';
import { benchmarkRepository } from './benchmarks.js';
import { commentRepository } from './comments.js';
import { contentRepository } from './content.js';
import { dutyRepository } from './duties.js';
import { feedRepository } from './feed.js';
import { inboundEventRepository } from './inbound-events.js';
import { kaffeRepository } from './kaffe.js';
import { nextStepRepository } from './next-steps.js';
import { outboxRepository } from './outbox.js';
import type { ParticipationBuffer } from './participation.js';
import { peopleRepository } from './people.js';
import { pulseRepository } from './pulses.js';
import { pulseResultsRepository } from './results.js';
import { scheduleRepository } from './schedule.js';
import { teamsConversationRepository } from './teams-conversations.js';

/** Every repository over one kit: the store's own, or a transaction's (sharing the store's buffer). */
export function createRepositories(kit: Kit, buffer: ParticipationBuffer): InnerRepositories {
  const people = peopleRepository(kit);
  return {
    people,
    schedule: scheduleRepository(kit),
    pulses: pulseRepository(kit, buffer, people),
    content: contentRepository(kit),
    outbox: outboxRepository(kit),
    feed: feedRepository(kit),
    inbound: inboundEventRepository(kit),
    teamsConversations: teamsConversationRepository(kit),
    audit: auditRepository(kit),
    aggregates: aggregateRepository(kit),
    results: pulseResultsRepository(kit),
    nextSteps: nextStepRepository(kit),
    kaffe: kaffeRepository(kit),
    comments: commentRepository(kit),
    duties: dutyRepository(kit),
    benchmarks: benchmarkRepository(kit),
  };
}
