export {
  backupDatabase,
  type Database,
  defaultMigrationsFolder,
  ensurePrivateFolder,
  makeOwnerOnly,
  moveDatabaseAside,
  openDatabase,
  runMigrations,
} from './database.js';
export { countImportedRespondents } from './participation-repository.js';
export { createSqliteStore } from './sqlite-store.js';
export {
  createTeamsConversationRepository,
  type StoredTeamsConversation,
  type TeamsConversationRef,
  type TeamsConversationRepository,
  type TeamsConversationType,
} from './teams-conversation-repository.js';
