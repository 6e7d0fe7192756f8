// The PostgreSQL tables, built from the one definition of each table (src/storage/schema/). Times stay
// ISO text (UTC, millisecond precision) as on SQLite: the repositories compare them as text.

import { auditLogTable } from '../../schema/audit-log.js';
import { benchmarksTable } from '../../schema/benchmarks.js';
import {
  commentAuthorsTable,
  commentContactsTable,
  commentMessagesTable,
  commentThreadsTable,
} from '../../schema/comment-threads.js';
import { deliveriesTable } from '../../schema/deliveries.js';
import { dutyLeasesTable } from '../../schema/duty-leases.js';
import { feedEntriesTable } from '../../schema/feed-entries.js';
import { inboundEventsTable } from '../../schema/inbound-events.js';
import { kaffeMembersTable } from '../../schema/kaffe-members.js';
import { kaffePairsTable } from '../../schema/kaffe-pairs.js';
import { monthlyAggregatesTable, type ScaleCounts } from '../../schema/monthly-aggregates.js';
import { CHECK_BACK_OUTCOMES, nextStepsTable } from '../../schema/next-steps.js';
import { nominationsTable } from '../../schema/nominations.js';
import { occurrencesTable } from '../../schema/occurrences.js';
import { peopleTable } from '../../schema/people.js';
import { pulseAnswersTable } from '../../schema/pulse-answers.js';
import { pulseParticipationTable } from '../../schema/pulse-participation.js';
import { pulseRespondentsTable } from '../../schema/pulse-respondents.js';
import { pulseResultsTable } from '../../schema/pulse-results.js';
import { pulsesTable } from '../../schema/pulses.js';
import { REFLECTION_KINDS, reflectionsTable } from '../../schema/reflections.js';
import { scheduleStateTable } from '../../schema/schedule-state.js';
import { storageMetaTable } from '../../schema/storage-meta.js';
import { storiesTable } from '../../schema/stories.js';
import { storyReactionsTable } from '../../schema/story-reactions.js';
import { TARGET_KINDS } from '../../schema/target-kinds.js';
import { teamsActivitiesTable } from '../../schema/teams-activities.js';
import { teamsConversationsTable } from '../../schema/teams-conversations.js';
import { pgColumns } from '../columns.js';

export { CHECK_BACK_OUTCOMES, REFLECTION_KINDS, type ScaleCounts, TARGET_KINDS };

export const auditLog = auditLogTable(pgColumns);
export const benchmarks = benchmarksTable(pgColumns);
export const commentAuthors = commentAuthorsTable(pgColumns);
export const commentContacts = commentContactsTable(pgColumns);
export const commentMessages = commentMessagesTable(pgColumns);
export const commentThreads = commentThreadsTable(pgColumns);
export const deliveries = deliveriesTable(pgColumns);
export const dutyLeases = dutyLeasesTable(pgColumns);
export const feedEntries = feedEntriesTable(pgColumns);
export const inboundEvents = inboundEventsTable(pgColumns);
export const kaffeMembers = kaffeMembersTable(pgColumns);
export const kaffePairs = kaffePairsTable(pgColumns);
export const monthlyAggregates = monthlyAggregatesTable(pgColumns);
export const nextSteps = nextStepsTable(pgColumns);
export const nominations = nominationsTable(pgColumns);
export const occurrences = occurrencesTable(pgColumns);
export const people = peopleTable(pgColumns);
export const pulseAnswers = pulseAnswersTable(pgColumns);
export const pulseParticipation = pulseParticipationTable(pgColumns);
export const pulseRespondents = pulseRespondentsTable(pgColumns);
export const pulseResults = pulseResultsTable(pgColumns);
export const pulses = pulsesTable(pgColumns);
export const reflections = reflectionsTable(pgColumns);
export const scheduleState = scheduleStateTable(pgColumns);
export const storageMeta = storageMetaTable(pgColumns);
export const stories = storiesTable(pgColumns);
export const storyReactions = storyReactionsTable(pgColumns);
export const teamsActivities = teamsActivitiesTable(pgColumns);
export const teamsConversations = teamsConversationsTable(pgColumns);
