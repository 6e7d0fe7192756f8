import type { Conversation } from '../../core/conversation/index.js';
import type { InboundDedupe } from '../../core/core.js';
import type { Clock, Logger, TeamsConversationBook } from '../../core/ports.js';
import type { TeamsIdentity } from '../teams-identity.js';

export interface TeamsHandlerDeps {
  conversation: Conversation;
  conversations: TeamsConversationBook;
  /** Each activity handled once, a retry answered as the first time. */
  inbound: Pick<InboundDedupe, 'activity' | 'keepAnswer'>;
  clock: Clock;
  logger: Logger;
  /** Learns who a person is (e-mail, language) when the bot first meets them. */
  identity?: Pick<TeamsIdentity, 'met'>;
  /** The welcome card in a person's personal chat, sent once (teams/welcome.ts). */
  welcome?: (userId: string) => Promise<void>;
}
