// Every table, built from its one definition (one file per table) with a dialect's column kit.
import { auditLogTable } from './audit-log.js';
import { benchmarksTable } from './benchmarks.js';
import type { ColumnKit } from './columns.js';
import {
  commentAuthorsTable,
  commentContactsTable,
  commentMessagesTable,
  commentThreadsTable,
} from './comment-threads.js';
import { deliveriesTable } from './deliveries.js';
import { dutyLeasesTable } from './duty-leases.js';
import { feedEntriesTable } from './feed-entries.js';
import { inboundEventsTable } from './inbound-events.js';
import { kaffeMembersTable } from './kaffe-members.js';
import { kaffePairsTable } from './kaffe-pairs.js';
import { monthlyAggregatesTable } from './monthly-aggregates.js';
import { nextStepsTable } from './next-steps.js';
import { nominationsTable } from './nominations.js';
import { occurrencesTable } from './occurrences.js';
import { peopleTable } from './people.js';
import { pulseAnswersTable } from './pulse-answers.js';
import { pulseParticipationTable } from './pulse-participation.js';
import { pulseRespondentsTable } from './pulse-respondents.js';
import { pulseResultsTable } from './pulse-results.js';
import { pulsesTable } from './pulses.js';
import { reflectionsTable } from './reflections.js';
import { scheduleStateTable } from './schedule-state.js';
import { storageMetaTable } from './storage-meta.js';
import { storiesTable } from './stories.js';
import { storyReactionsTable } from './story-reactions.js';
import { teamsActivitiesTable } from './teams-activities.js';
import { teamsConversationsTable } from './teams-conversations.js';

export const buildTables = (c: ColumnKit) => ({
  auditLog: auditLogTable(c),
  benchmarks: benchmarksTable(c),
  commentAuthors: commentAuthorsTable(c),
  commentContacts: commentContactsTable(c),
  commentMessages: commentMessagesTable(c),
  commentThreads: commentThreadsTable(c),
  deliveries: deliveriesTable(c),
  dutyLeases: dutyLeasesTable(c),
  feedEntries: feedEntriesTable(c),
  inboundEvents: inboundEventsTable(c),
  kaffeMembers: kaffeMembersTable(c),
  kaffePairs: kaffePairsTable(c),
  monthlyAggregates: monthlyAggregatesTable(c),
  nextSteps: nextStepsTable(c),
  nominations: nominationsTable(c),
  occurrences: occurrencesTable(c),
  people: peopleTable(c),
  pulseAnswers: pulseAnswersTable(c),
  pulseParticipation: pulseParticipationTable(c),
  pulseRespondents: pulseRespondentsTable(c),
  pulseResults: pulseResultsTable(c),
  pulses: pulsesTable(c),
  reflections: reflectionsTable(c),
  scheduleState: scheduleStateTable(c),
  storageMeta: storageMetaTable(c),
  stories: storiesTable(c),
  storyReactions: storyReactionsTable(c),
  teamsActivities: teamsActivitiesTable(c),
  teamsConversations: teamsConversationsTable(c),
});

export type { ScaleCounts } from './monthly-aggregates.js';
export { CHECK_BACK_OUTCOMES } from './next-steps.js';
export { REFLECTION_KINDS } from './reflections.js';
export { TARGET_KINDS } from './target-kinds.js';
