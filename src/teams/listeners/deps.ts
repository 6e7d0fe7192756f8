import type { Conversation } from '../../core/conversation/index.js';
import type { Clock, Logger, TeamsConversationRepository } from '../../core/ports.js';
import type { TeamsIdentity } from '../teams-identity.js';

export interface TeamsHandlerDeps {
  conversation: Conversation;
  conversations: TeamsConversationRepository;
  clock: Clock;
  logger: Logger;
  /** Learns who a person is (e-mail, language) when the bot first meets them. */
  identity?: Pick<TeamsIdentity, 'met'>;
}
