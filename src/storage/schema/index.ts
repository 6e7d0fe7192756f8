// The SQLite tables, built from the same definitions as PostgreSQL's (src/storage/pg/schema/index.ts).

import { onSqlite } from './columns.js';
import * as d from './tables.js';

export { CHECK_BACK_OUTCOMES, REFLECTION_KINDS, type ScaleCounts, TARGET_KINDS } from './tables.js';

export const auditLog = onSqlite(d.auditLogTable);
export const benchmarks = onSqlite(d.benchmarksTable);
export const commentAuthors = onSqlite(d.commentAuthorsTable);
export const commentContacts = onSqlite(d.commentContactsTable);
export const commentMessages = onSqlite(d.commentMessagesTable);
export const commentThreads = onSqlite(d.commentThreadsTable);
export const deliveries = onSqlite(d.deliveriesTable);
export const dutyLeases = onSqlite(d.dutyLeasesTable);
export const feedEntries = onSqlite(d.feedEntriesTable);
export const inboundEvents = onSqlite(d.inboundEventsTable);
export const kaffeMembers = onSqlite(d.kaffeMembersTable);
export const kaffePairs = onSqlite(d.kaffePairsTable);
export const monthlyAggregates = onSqlite(d.monthlyAggregatesTable);
export const nextSteps = onSqlite(d.nextStepsTable);
export const nominations = onSqlite(d.nominationsTable);
export const occurrences = onSqlite(d.occurrencesTable);
export const people = onSqlite(d.peopleTable);
export const pulseAnswers = onSqlite(d.pulseAnswersTable);
export const pulseParticipation = onSqlite(d.pulseParticipationTable);
export const pulseRespondents = onSqlite(d.pulseRespondentsTable);
export const pulseResults = onSqlite(d.pulseResultsTable);
export const pulses = onSqlite(d.pulsesTable);
export const reflections = onSqlite(d.reflectionsTable);
export const scheduleState = onSqlite(d.scheduleStateTable);
export const storageMeta = onSqlite(d.storageMetaTable);
export const stories = onSqlite(d.storiesTable);
export const storyReactions = onSqlite(d.storyReactionsTable);
export const teamsActivities = onSqlite(d.teamsActivitiesTable);
export const teamsConversations = onSqlite(d.teamsConversationsTable);
