// The SQLite tables, built from the same definitions as PostgreSQL's (src/storage/pg/schema/index.ts).
import { onSqlite } from './columns.js';
import { buildTables } from './tables.js';

export { CHECK_BACK_OUTCOMES, REFLECTION_KINDS, type ScaleCounts, TARGET_KINDS } from './tables.js';

export const {
  auditLog,
  benchmarks,
  commentAuthors,
  commentContacts,
  commentMessages,
  commentThreads,
  deliveries,
  dutyLeases,
  feedEntries,
  inboundEvents,
  kaffeMembers,
  kaffePairs,
  monthlyAggregates,
  nextSteps,
  nominations,
  occurrences,
  people,
  pulseAnswers,
  pulseParticipation,
  pulseRespondents,
  pulseResults,
  pulses,
  reflections,
  scheduleState,
  storageMeta,
  stories,
  storyReactions,
  teamsActivities,
  teamsConversations,
} = onSqlite(buildTables);
