export { type RunningServer, type ServerOptions, startServer } from './app.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { StartupError, storageFailure } from './errors/startup-error.js';
export { createStorage } from './storage/create-storage.js';
export { isPostgresUrl, redactDatabaseUrl, sqliteFilename } from './storage/database-url.js';
export { type BackupResult, backupSqliteDatabase } from './storage/sqlite/sqlite-backup.js';
export { SqliteFileError, type SqliteFileFailure } from './storage/sqlite/sqlite-file-error.js';
export { type RestoreResult, restoreSqliteDatabase } from './storage/sqlite/sqlite-restore.js';
export type { Storage } from './storage/storage.js';
