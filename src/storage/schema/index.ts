// The SQLite tables, built from the same definitions as PostgreSQL's (src/storage/pg/schema/index.ts).

import { auditLogTable } from './audit-log.js';
import { benchmarksTable } from './benchmarks.js';
import { onSqlite } from './columns.js';
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
import { monthlyAggregatesTable, type ScaleCounts } from './monthly-aggregates.js';
import { CHECK_BACK_OUTCOMES, nextStepsTable } from './next-steps.js';
import { nominationsTable } from './nominations.js';
import { occurrencesTable } from './occurrences.js';
import { peopleTable } from './people.js';
import { pulseAnswersTable } from './pulse-answers.js';
import { pulseParticipationTable } from './pulse-participation.js';
import { pulseRespondentsTable } from './pulse-respondents.js';
import { pulseResultsTable } from './pulse-results.js';
import { pulsesTable } from './pulses.js';
import { REFLECTION_KINDS, reflectionsTable } from './reflections.js';
import { scheduleStateTable } from './schedule-state.js';
import { storageMetaTable } from './storage-meta.js';
import { storiesTable } from './stories.js';
import { storyReactionsTable } from './story-reactions.js';
import { TARGET_KINDS } from './target-kinds.js';
import { teamsActivitiesTable } from './teams-activities.js';
import { teamsConversationsTable } from './teams-conversations.js';

export { CHECK_BACK_OUTCOMES, REFLECTION_KINDS, type ScaleCounts, TARGET_KINDS };

export const auditLog = onSqlite(auditLogTable);
export const benchmarks = onSqlite(benchmarksTable);
export const commentAuthors = onSqlite(commentAuthorsTable);
export const commentContacts = onSqlite(commentContactsTable);
export const commentMessages = onSqlite(commentMessagesTable);
export const commentThreads = onSqlite(commentThreadsTable);
export const deliveries = onSqlite(deliveriesTable);
export const dutyLeases = onSqlite(dutyLeasesTable);
export const feedEntries = onSqlite(feedEntriesTable);
export const inboundEvents = onSqlite(inboundEventsTable);
export const kaffeMembers = onSqlite(kaffeMembersTable);
export const kaffePairs = onSqlite(kaffePairsTable);
export const monthlyAggregates = onSqlite(monthlyAggregatesTable);
export const nextSteps = onSqlite(nextStepsTable);
export const nominations = onSqlite(nominationsTable);
export const occurrences = onSqlite(occurrencesTable);
export const people = onSqlite(peopleTable);
export const pulseAnswers = onSqlite(pulseAnswersTable);
export const pulseParticipation = onSqlite(pulseParticipationTable);
export const pulseRespondents = onSqlite(pulseRespondentsTable);
export const pulseResults = onSqlite(pulseResultsTable);
export const pulses = onSqlite(pulsesTable);
export const reflections = onSqlite(reflectionsTable);
export const scheduleState = onSqlite(scheduleStateTable);
export const storageMeta = onSqlite(storageMetaTable);
export const stories = onSqlite(storiesTable);
export const storyReactions = onSqlite(storyReactionsTable);
export const teamsActivities = onSqlite(teamsActivitiesTable);
export const teamsConversations = onSqlite(teamsConversationsTable);
