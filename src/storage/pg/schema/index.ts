// The PostgreSQL tables, one file per table as on SQLite (src/storage/schema/, the same file names and
// exports). Times stay ISO text (UTC, millisecond precision) as on SQLite: the repositories compare
// them as text.

export { TARGET_KINDS } from '../../schema/target-kinds.js';
export { auditLog } from './audit-log.js';
export { commentAuthors, commentContacts, commentMessages, commentThreads } from './comment-threads.js';
export { deliveries } from './deliveries.js';
export { dutyLeases } from './duty-leases.js';
export { feedEntries } from './feed-entries.js';
export { inboundEvents } from './inbound-events.js';
export { kaffeMembers } from './kaffe-members.js';
export { kaffePairs } from './kaffe-pairs.js';
export { monthlyAggregates, type ScaleCounts } from './monthly-aggregates.js';
export { CHECK_BACK_OUTCOMES, nextSteps } from './next-steps.js';
export { nominations } from './nominations.js';
export { occurrences } from './occurrences.js';
export { people } from './people.js';
export { pulseAnswers } from './pulse-answers.js';
export { pulseParticipation } from './pulse-participation.js';
export { pulseRespondents } from './pulse-respondents.js';
export { pulseResults } from './pulse-results.js';
export { pulses } from './pulses.js';
export { REFLECTION_KINDS, reflections } from './reflections.js';
export { scheduleState } from './schedule-state.js';
export { storageMeta } from './storage-meta.js';
export { stories } from './stories.js';
export { storyReactions } from './story-reactions.js';
export { teamsActivities } from './teams-activities.js';
export { teamsConversations } from './teams-conversations.js';
