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
