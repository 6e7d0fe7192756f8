import type { Conversation } from '../../core/conversation/index.js';
import type { Clock, Logger, TeamsConversationRepository } from '../../core/ports.js';

export interface TeamsHandlerDeps {
  conversation: Conversation;
  conversations: TeamsConversationRepository;
  clock: Clock;
  logger: Logger;
}
