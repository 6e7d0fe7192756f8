export { commentAuthors, commentContacts, commentMessages, commentThreads } from './comments.js';
export { nextSteps, nominations, occurrences, reflections, scheduleState, stories } from './content.js';
export { auditLog, deliveries, feedEntries, inboundEvents } from './delivery.js';
export { dutyLeases } from './duty-leases.js';
export { kaffeMembers, kaffePairs, people, teamsActivities, teamsConversations } from './people.js';
export {
  monthlyAggregates,
  pulseAnswers,
  pulseParticipation,
  pulseRespondents,
  pulseResults,
  pulses,
} from './pulses.js';
export { storageMeta } from './storage-meta.js';
export { storyReactions } from './story-reactions.js';
