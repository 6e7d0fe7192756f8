// The PostgreSQL tables, built from the one definition of each table (src/storage/schema/). Times stay
// ISO text (UTC, millisecond precision) as on SQLite: the repositories compare them as text.

import * as d from '../../schema/tables.js';
import { pgColumns } from '../columns.js';

export {
  CHECK_BACK_OUTCOMES,
  REFLECTION_KINDS,
  type ScaleCounts,
  TARGET_KINDS,
} from '../../schema/tables.js';

export const auditLog = d.auditLogTable(pgColumns);
export const benchmarks = d.benchmarksTable(pgColumns);
export const commentAuthors = d.commentAuthorsTable(pgColumns);
export const commentContacts = d.commentContactsTable(pgColumns);
export const commentMessages = d.commentMessagesTable(pgColumns);
export const commentThreads = d.commentThreadsTable(pgColumns);
export const deliveries = d.deliveriesTable(pgColumns);
export const dutyLeases = d.dutyLeasesTable(pgColumns);
export const feedEntries = d.feedEntriesTable(pgColumns);
export const inboundEvents = d.inboundEventsTable(pgColumns);
export const kaffeMembers = d.kaffeMembersTable(pgColumns);
export const kaffePairs = d.kaffePairsTable(pgColumns);
export const monthlyAggregates = d.monthlyAggregatesTable(pgColumns);
export const nextSteps = d.nextStepsTable(pgColumns);
export const nominations = d.nominationsTable(pgColumns);
export const occurrences = d.occurrencesTable(pgColumns);
export const people = d.peopleTable(pgColumns);
export const pulseAnswers = d.pulseAnswersTable(pgColumns);
export const pulseParticipation = d.pulseParticipationTable(pgColumns);
export const pulseRespondents = d.pulseRespondentsTable(pgColumns);
export const pulseResults = d.pulseResultsTable(pgColumns);
export const pulses = d.pulsesTable(pgColumns);
export const reflections = d.reflectionsTable(pgColumns);
export const scheduleState = d.scheduleStateTable(pgColumns);
export const storageMeta = d.storageMetaTable(pgColumns);
export const stories = d.storiesTable(pgColumns);
export const storyReactions = d.storyReactionsTable(pgColumns);
export const teamsActivities = d.teamsActivitiesTable(pgColumns);
export const teamsConversations = d.teamsConversationsTable(pgColumns);
