// The PostgreSQL tables, built from the one definition of each table (src/storage/schema/). Times stay
// ISO text (UTC, millisecond precision) as on SQLite: the repositories compare them as text.
import { buildTables } from '../../schema/tables.js';
import { pgColumns } from '../columns.js';

export {
  CHECK_BACK_OUTCOMES,
  REFLECTION_KINDS,
  type ScaleCounts,
  TARGET_KINDS,
} from '../../schema/tables.js';

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
} = buildTables(pgColumns);
