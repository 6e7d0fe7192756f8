import type { Core } from '../../core/create-core.js';
import type { Clock, Logger } from '../../core/ports.js';
import type { Settings } from '../../core/settings.js';
import type { TeamsConversationRepository } from '../../storage/index.js';

export interface TeamsHandlerDeps {
  core: Core;
  settings: Settings;
  conversations: TeamsConversationRepository;
  clock: Clock;
  logger: Logger;
  kickOutbox(): void;
}
