// The only reader of process.env and of the config file; see src/config/ for the parts.
export { DEFAULT_CONFIG_PATH, DEFAULT_DB_PATH, DEFAULT_PORT } from './config/defaults.js';
export { describePlatforms } from './config/describe.js';
export { cronProblem, isValidTimezone, parseTarget } from './config/fields.js';
export { buildConfigJsonSchema, renderConfigJsonSchema } from './config/json-schema.js';
export { deepFreeze, loadConfig, parseSettingsText, type SettingsResult } from './config/load.js';
export { type ConfigProblem, formatProblems } from './config/problems.js';
export {
  CREDENTIAL_NAME,
  describeSecretSource,
  inspectSecret,
  type ResolvedSecret,
  readKeyBeside,
  resolveSecret,
  SECRET_FILE_NAME,
  SecretSetupError,
  type SecretSource,
  secretFilePath,
} from './config/secret.js';
export { MIN_GROUP_SIZE_FLOOR, settingsFileSchema } from './config/settings-schema.js';
export type { AppConfig, EnvConfig, LoadResult, LogLevel, Platforms } from './config/types.js';
