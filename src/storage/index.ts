export {
  backupDatabase,
  type Database,
  defaultMigrationsFolder,
  openDatabase,
  runMigrations,
} from './database.js';
export { createSqliteStore } from './sqlite-store.js';
