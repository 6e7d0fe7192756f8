export {
  backupDatabase,
  countImportedRespondents,
  type Database,
  defaultMigrationsFolder,
  ensurePrivateFolder,
  makeOwnerOnly,
  moveDatabaseAside,
  openDatabase,
  runMigrations,
} from './database.js';
export { createSqliteStore } from './sqlite-store.js';
